<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>insar::ui::AppInfo</name>
    <message>
        <source>&lt;h3&gt;InSAR Denoiser %1&lt;/h3&gt;&lt;p&gt;Removes atmospheric noise from unwrapped InSAR phase with a DnCNN trained on synthetic interferograms.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;InSAR Denoiser %1&lt;/h3&gt;&lt;p&gt;Entfernt atmosphärisches Rauschen aus abgewickelter InSAR-Phase mit einem DnCNN, das auf synthetischen Interferogrammen trainiert wurde.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>insar::ui::CaseStudyTab</name>
    <message>
        <source>&lt;h2&gt;Case studies&lt;/h2&gt;&lt;p&gt;This tab is where the two case studies of the method are reproduced. They need the time-series and GNSS modules, which are not part of this version; nothing here runs yet.&lt;/p&gt;&lt;h3&gt;Mt. Ontake volcano, Japan (2014 eruption): time series&lt;/h3&gt;&lt;p&gt;15 ALOS-2 interferograms (October 2014 – October 2017) are corrected with the trained network, inverted into a displacement time series and fitted per pixel for a velocity with its uncertainty, uncorrected and after GACOS, linear (phase–elevation) and CNN correction, compared at one reference location.&lt;/p&gt;&lt;h3&gt;L&apos;Aquila, Italy (2009 Mw 6.3 earthquake): GNSS comparison&lt;/h3&gt;&lt;p&gt;One ALOS pair spanning the 6 April 2009 mainshock (July 2008 – April 2009) is corrected and compared with the displacements of 8 continuous GNSS sites projected into the line of sight (Anzidei et al., 2009), site by site, with the GNSS–InSAR misfit before and after correction.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Fallstudien&lt;/h2&gt;&lt;p&gt;In diesem Reiter werden die beiden Fallstudien der Methode nachvollzogen. Sie benötigen die Zeitreihen- und GNSS-Module, die nicht Teil dieser Version sind; hier läuft noch nichts.&lt;/p&gt;&lt;h3&gt;Vulkan Ontake, Japan (Ausbruch 2014): Zeitreihe&lt;/h3&gt;&lt;p&gt;15 ALOS-2-Interferogramme (Oktober 2014 – Oktober 2017) werden mit dem trainierten Netz korrigiert, zu einer Verschiebungszeitreihe invertiert und pro Pixel zu einer Geschwindigkeit mit Unsicherheit angepasst – unkorrigiert sowie nach GACOS-, linearer (Phase–Höhe) und CNN-Korrektur, verglichen an einem Referenzort.&lt;/p&gt;&lt;h3&gt;L&apos;Aquila, Italien (Erdbeben Mw 6,3, 2009): GNSS-Vergleich&lt;/h3&gt;&lt;p&gt;Ein ALOS-Paar über das Hauptbeben vom 6. April 2009 (Juli 2008 – April 2009) wird korrigiert und mit den in die Sichtlinie projizierten Verschiebungen von 8 permanenten GNSS-Stationen (Anzidei et al., 2009) verglichen, Station für Station, mit der GNSS–InSAR-Abweichung vor und nach der Korrektur.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>insar::ui::ColorMaps</name>
    <message>
        <source>Diverging (blue–white–red)</source>
        <translation>Divergierend (blau–weiß–rot)</translation>
    </message>
    <message>
        <source>Sequential (viridis)</source>
        <translation>Sequenziell (viridis)</translation>
    </message>
    <message>
        <source>Terrain (elevation)</source>
        <translation>Gelände (Höhe)</translation>
    </message>
    <message>
        <source>Greyscale</source>
        <translation>Graustufen</translation>
    </message>
</context>
<context>
    <name>insar::ui::DenoiseTab</name>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Drop an unwrapped interferogram here or use File &gt; Open.

GeoTIFF (also LiCSAR *.geo.unw.tif), ROI_PAC/ISCE .unw with sidecars, ENVI, HDF5 datasets (MintPy) and any single-band raster GDAL reads.</source>
        <translation>Ein abgewickeltes Interferogramm hierher ziehen oder Datei &gt; Öffnen wählen.

GeoTIFF (auch LiCSAR *.geo.unw.tif), ROI_PAC/ISCE .unw mit Begleitdateien, ENVI, HDF5-Datensätze (MintPy) und jedes einkanalige Raster, das GDAL liest.</translation>
    </message>
    <message>
        <source>Denoised</source>
        <translation>Entrauscht</translation>
    </message>
    <message>
        <source>The denoised result will appear here after a trained model is applied to the input.</source>
        <translation>Das entrauschte Ergebnis erscheint hier, nachdem ein trainiertes Modell auf die Eingabe angewendet wurde.</translation>
    </message>
    <message>
        <source>Loading %1 …</source>
        <translation>%1 wird geladen …</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Laden abgebrochen</translation>
    </message>
    <message>
        <source>Input: %1</source>
        <translation>Eingabe: %1</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>units: %1</source>
        <translation>Einheit: %1</translation>
    </message>
    <message>
        <source>range %1 … %2 (mean %3, std %4)</source>
        <translation>Bereich %1 … %2 (Mittel %3, Std.-Abw. %4)</translation>
    </message>
    <message>
        <source>no-data %1 px (%2 %)</source>
        <translation>ohne Daten %1 px (%2 %)</translation>
    </message>
    <message>
        <source>CRS: %1</source>
        <translation>KBS: %1</translation>
    </message>
    <message>
        <source>dates %1 → %2</source>
        <translation>Aufnahmen %1 → %2</translation>
    </message>
    <message>
        <source>wavelength %1 m</source>
        <translation>Wellenlänge %1 m</translation>
    </message>
    <message>
        <source>Opened %1 (%2 × %3)</source>
        <translation>%1 geöffnet (%2 × %3)</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot open raster</source>
        <translation>Raster kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>%1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Choose a dataset</source>
        <translation>Datensatz wählen</translation>
    </message>
    <message>
        <source>%1 holds several datasets. Which one should be opened?</source>
        <translation>%1 enthält mehrere Datensätze. Welcher soll geöffnet werden?</translation>
    </message>
</context>
<context>
    <name>insar::ui::Job</name>
    <message>
        <source>not enough memory for this operation</source>
        <translation>nicht genug Speicher für diesen Vorgang</translation>
    </message>
    <message>
        <source>unexpected error: %1</source>
        <translation>unerwarteter Fehler: %1</translation>
    </message>
    <message>
        <source>unexpected error of unknown type</source>
        <translation>unerwarteter Fehler unbekannter Art</translation>
    </message>
</context>
<context>
    <name>insar::ui::JobProgressWidget</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume the job</source>
        <translation>Auftrag anhalten oder fortsetzen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the job</source>
        <translation>Auftrag abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>noch %1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s left</source>
        <translation>noch %1 min %2 s</translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <translation>noch etwa %1 h %2 min</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>insar::ui::MainWindow</name>
    <message>
        <source>InSAR Denoiser</source>
        <translation>InSAR Denoiser</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Denoise</source>
        <translation>Entrauschen</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation>Fallstudie</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;sample raster</source>
        <translation>&amp;Beispielraster öffnen</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>Ansicht &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Colour map</source>
        <translation>&amp;Farbskala</translation>
    </message>
    <message>
        <source>&amp;Map coordinates</source>
        <translation>&amp;Kartenkoordinaten</translation>
    </message>
    <message>
        <source>Axes in the raster&apos;s map coordinates instead of rows and columns</source>
        <translation>Achsen in den Kartenkoordinaten des Rasters statt Zeilen und Spalten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About InSAR Denoiser</source>
        <translation>Ü&amp;ber InSAR Denoiser</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Rasters (*.tif *.tiff *.unw *.h5 *.hdf5 *.he5 *.nc *.img *.hdr *.envi *.vrt *.grd);;GeoTIFF (*.tif *.tiff);;ROI_PAC / ISCE unwrapped (*.unw);;HDF5 (*.h5 *.hdf5 *.he5);;ENVI (*.img *.hdr *.envi *.bin);;All files (*)</source>
        <translation>Raster (*.tif *.tiff *.unw *.h5 *.hdf5 *.he5 *.nc *.img *.hdr *.envi *.vrt *.grd);;GeoTIFF (*.tif *.tiff);;ROI_PAC / ISCE abgewickelt (*.unw);;HDF5 (*.h5 *.hdf5 *.he5);;ENVI (*.img *.hdr *.envi *.bin);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open raster</source>
        <translation>Raster öffnen</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>About InSAR Denoiser</source>
        <translation>Über InSAR Denoiser</translation>
    </message>
</context>
<context>
    <name>insar::ui::RasterView</name>
    <message>
        <source>row %1, col %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>  (lat %1, lon %2)</source>
        <translation>  (Breite %1, Länge %2)</translation>
    </message>
    <message>
        <source>  (x %1, y %2)</source>
        <translation>  (x %1, y %2)</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Ansicht zurücksetzen</translation>
    </message>
    <message>
        <source>Show the whole raster (double-click does the same)</source>
        <translation>Das ganze Raster zeigen (Doppelklick tut dasselbe)</translation>
    </message>
    <message>
        <source>Colour map</source>
        <translation>Farbskala</translation>
    </message>
    <message>
        <source>Colour limits</source>
        <translation>Farbgrenzen</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Symmetric around 0</source>
        <translation>Symmetrisch um 0</translation>
    </message>
    <message>
        <source>Minimum to maximum</source>
        <translation>Minimum bis Maximum</translation>
    </message>
    <message>
        <source>Axes</source>
        <translation>Achsen</translation>
    </message>
    <message>
        <source>Pixel (row/column)</source>
        <translation>Pixel (Zeile/Spalte)</translation>
    </message>
    <message>
        <source>Map coordinates</source>
        <translation>Kartenkoordinaten</translation>
    </message>
    <message>
        <source>Save image…</source>
        <translation>Bild speichern …</translation>
    </message>
    <message>
        <source>Save image</source>
        <translation>Bild speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF (*.pdf)</source>
        <translation>PNG-Bild (*.png);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No raster</source>
        <translation>Kein Raster</translation>
    </message>
    <message>
        <source>longitude (°)</source>
        <translation>Länge (°)</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>latitude (°)</source>
        <translation>Breite (°)</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>row</source>
        <translation>Zeile</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Removes atmospheric noise from unwrapped InSAR phase with a trained DnCNN.</source>
        <translation>Entfernt atmosphärisches Rauschen aus abgewickelter InSAR-Phase mit einem trainierten DnCNN.</translation>
    </message>
    <message>
        <source>Rasters to open (the last one is shown).</source>
        <translation>Zu öffnende Raster (das letzte wird angezeigt).</translation>
    </message>
    <message>
        <source>Worker threads (default: INSAR_THREADS or all cores).</source>
        <translation>Arbeits-Threads (Vorgabe: INSAR_THREADS oder alle Kerne).</translation>
    </message>
    <message>
        <source>Do not open the bundled sample raster.</source>
        <translation>Das mitgelieferte Beispielraster nicht öffnen.</translation>
    </message>
    <message>
        <source>Save a PNG of the window once the file is shown, then quit.</source>
        <translation>Ein PNG des Fensters speichern, sobald die Datei angezeigt wird, dann beenden.</translation>
    </message>
    <message>
        <source>Tab to show first (0-3).</source>
        <translation>Zuerst gezeigter Reiter (0-3).</translation>
    </message>
</context>
</TS>
