<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="54"/>
        <source>Training (54°E–120°E, 26°N–37°N)</source>
        <translation>Training (54°O–120°O, 26°N–37°N)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="55"/>
        <source>Validation (120°W–100°W, 37°N–46°N)</source>
        <translation>Validierung (120°W–100°W, 37°N–46°N)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="56"/>
        <source>Test (70°E–110°E, 40°N–50°N)</source>
        <translation>Test (70°O–110°O, 40°N–50°N)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="94"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="96"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="97"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="104"/>
        <source>%1 samples/s</source>
        <translation>%1 Samples/s</translation>
    </message>
</context>
<context>
    <name>insar::ui::AppInfo</name>
    <message>
        <location filename="../ui/app_info.cpp" line="38"/>
        <source>&lt;h3&gt;InSAR Denoiser %1&lt;/h3&gt;&lt;p&gt;Removes atmospheric noise from unwrapped InSAR phase with a DnCNN trained on synthetic interferograms.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;InSAR Denoiser %1&lt;/h3&gt;&lt;p&gt;Entfernt atmosphärisches Rauschen aus abgewickelter InSAR-Phase mit einem DnCNN, das auf synthetischen Interferogrammen trainiert wurde.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>insar::ui::CaseStudyTab</name>
    <message>
        <location filename="../ui/tabs/case_study_tab.cpp" line="15"/>
        <source>&lt;h2&gt;Case studies&lt;/h2&gt;&lt;p&gt;This tab is where the two case studies of the method are reproduced. They need the time-series and GNSS modules, which are not part of this version; nothing here runs yet.&lt;/p&gt;&lt;h3&gt;Mt. Ontake volcano, Japan (2014 eruption): time series&lt;/h3&gt;&lt;p&gt;15 ALOS-2 interferograms (October 2014 – October 2017) are corrected with the trained network, inverted into a displacement time series and fitted per pixel for a velocity with its uncertainty, uncorrected and after GACOS, linear (phase–elevation) and CNN correction, compared at one reference location.&lt;/p&gt;&lt;h3&gt;L&apos;Aquila, Italy (2009 Mw 6.3 earthquake): GNSS comparison&lt;/h3&gt;&lt;p&gt;One ALOS pair spanning the 6 April 2009 mainshock (July 2008 – April 2009) is corrected and compared with the displacements of 8 continuous GNSS sites projected into the line of sight (Anzidei et al., 2009), site by site, with the GNSS–InSAR misfit before and after correction.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Fallstudien&lt;/h2&gt;&lt;p&gt;In diesem Reiter werden die beiden Fallstudien der Methode nachvollzogen. Sie benötigen die Zeitreihen- und GNSS-Module, die nicht Teil dieser Version sind; hier läuft noch nichts.&lt;/p&gt;&lt;h3&gt;Vulkan Ontake, Japan (Ausbruch 2014): Zeitreihe&lt;/h3&gt;&lt;p&gt;15 ALOS-2-Interferogramme (Oktober 2014 – Oktober 2017) werden mit dem trainierten Netz korrigiert, zu einer Verschiebungszeitreihe invertiert und pro Pixel zu einer Geschwindigkeit mit Unsicherheit angepasst – unkorrigiert sowie nach GACOS-, linearer (Phase–Höhe) und CNN-Korrektur, verglichen an einem Referenzort.&lt;/p&gt;&lt;h3&gt;L&apos;Aquila, Italien (Erdbeben Mw 6,3, 2009): GNSS-Vergleich&lt;/h3&gt;&lt;p&gt;Ein ALOS-Paar über das Hauptbeben vom 6. April 2009 (Juli 2008 – April 2009) wird korrigiert und mit den in die Sichtlinie projizierten Verschiebungen von 8 permanenten GNSS-Stationen (Anzidei et al., 2009) verglichen, Station für Station, mit der GNSS–InSAR-Abweichung vor und nach der Korrektur.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>insar::ui::ColorMaps</name>
    <message>
        <location filename="../ui/widgets/color_maps.cpp" line="63"/>
        <source>Diverging (blue–white–red)</source>
        <translation>Divergierend (blau–weiß–rot)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/color_maps.cpp" line="65"/>
        <source>Sequential (viridis)</source>
        <translation>Sequenziell (viridis)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/color_maps.cpp" line="67"/>
        <source>Terrain (elevation)</source>
        <translation>Gelände (Höhe)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/color_maps.cpp" line="69"/>
        <source>Greyscale</source>
        <translation>Graustufen</translation>
    </message>
</context>
<context>
    <name>insar::ui::DatasetTab</name>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="159"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="163"/>
        <source>Training (54°E–120°E, 26°N–37°N)</source>
        <translation>Training (54°O–120°O, 26°N–37°N)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="164"/>
        <source>Validation (120°W–100°W, 37°N–46°N)</source>
        <translation>Validierung (120°W–100°W, 37°N–46°N)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="165"/>
        <source>Test (70°E–110°E, 40°N–50°N)</source>
        <translation>Test (70°O–110°O, 40°N–50°N)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="166"/>
        <source>Custom box</source>
        <translation>Benutzerdefinierter Ausschnitt</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="167"/>
        <source>Preset</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="172"/>
        <source>Longitude (E+)</source>
        <translation>Länge (O+)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="173"/>
        <source>Latitude (N+)</source>
        <translation>Breite (N+)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="177"/>
        <source>Samples</source>
        <translation>Samples</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="182"/>
        <source>The preview shows this sample of the dataset (same seed).</source>
        <translation>Die Vorschau zeigt dieses Sample des Datensatzes (gleicher Seed).</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="183"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="184"/>
        <source> arcsec</source>
        <translation> Bogensek.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="185"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="186"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="187"/>
        <source>Preview sample #</source>
        <translation>Vorschau-Sample Nr.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="188"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="189"/>
        <source>Pixel spacing</source>
        <translation>Pixelabstand</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="193"/>
        <source>Deformation (a): Okada faults and Mogi sources</source>
        <translation>Deformation (a): Okada-Verwerfungen und Mogi-Quellen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="200"/>
        <source>Sources per map</source>
        <translation>Quellen pro Karte</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="201"/>
        <source>Okada fraction</source>
        <translation>Okada-Anteil</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="202"/>
        <source>Fault magnitude Mw</source>
        <translation>Magnitude Mw (Verwerfung)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="206"/>
        <source>Noise (b)–(d) and mixing (f)</source>
        <translation>Rauschen (b)–(d) und Mischung (f)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="208"/>
        <location filename="../ui/tabs/dataset_tab.cpp" line="209"/>
        <location filename="../ui/tabs/dataset_tab.cpp" line="223"/>
        <location filename="../ui/tabs/dataset_tab.cpp" line="224"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="210"/>
        <source>Turbulence std</source>
        <translation>Std.-Abw. Turbulenz</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="211"/>
        <location filename="../ui/tabs/dataset_tab.cpp" line="212"/>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="213"/>
        <source>Stratified scale</source>
        <translation>Skalenfaktor (stratifiziert)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="214"/>
        <source> hPa</source>
        <translation> hPa</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="215"/>
        <source> K</source>
        <translation> K</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="216"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="217"/>
        <source>Weather anomaly σ: pressure</source>
        <translation>Wetteranomalie σ: Druck</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="218"/>
        <source>temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="219"/>
        <source>humidity</source>
        <translation>Feuchte</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="220"/>
        <location filename="../ui/tabs/dataset_tab.cpp" line="221"/>
        <source> d</source>
        <translation> d</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="222"/>
        <source>Epoch interval</source>
        <translation>Epochenabstand</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="225"/>
        <source>Ramp peak-to-peak</source>
        <translation>Rampe (Spitze–Spitze)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="228"/>
        <source>Weight w (y = x + w e)</source>
        <translation>Gewicht w (y = x + w e)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="232"/>
        <source>Sensor and viewing geometry</source>
        <translation>Sensor und Aufnahmegeometrie</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="236"/>
        <source>ALOS PALSAR (L-band)</source>
        <translation>ALOS PALSAR (L-Band)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="237"/>
        <source>ALOS-2 PALSAR-2 (L-band)</source>
        <translation>ALOS-2 PALSAR-2 (L-Band)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="238"/>
        <source>Sentinel-1 (C-band)</source>
        <translation>Sentinel-1 (C-Band)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="239"/>
        <source>Custom wavelength</source>
        <translation>Benutzerdefinierte Wellenlänge</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="241"/>
        <source> cm</source>
        <translation> cm</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="242"/>
        <source>Sensor</source>
        <translation>Sensor</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="243"/>
        <source>Wavelength</source>
        <translation>Wellenlänge</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="246"/>
        <source>Incidence</source>
        <translation>Einfallswinkel</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="249"/>
        <source>Heading (ascending)</source>
        <translation>Flugrichtung (aufsteigend)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="251"/>
        <source>Probability of a descending pass (heading −180° − ascending).</source>
        <translation>Wahrscheinlichkeit eines absteigenden Überflugs (Flugrichtung −180° − aufsteigend).</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="252"/>
        <source>Descending fraction</source>
        <translation>Anteil absteigend</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="256"/>
        <source>DEM for the stratified delay (c)</source>
        <translation>DEM für die stratifizierte Verzögerung (c)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="258"/>
        <source>Built-in fractal DEM (no download needed)</source>
        <translation>Eingebautes fraktales DEM (kein Download nötig)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="261"/>
        <source>DEM files (GeoTIFF, .hgt... in lon/lat)</source>
        <translation>DEM-Dateien (GeoTIFF, .hgt... in Länge/Breite)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="268"/>
        <location filename="../ui/tabs/dataset_tab.cpp" line="269"/>
        <location filename="../ui/tabs/dataset_tab.cpp" line="270"/>
        <location filename="../ui/tabs/dataset_tab.cpp" line="271"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="272"/>
        <source>Mean height</source>
        <translation>Mittlere Höhe</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="273"/>
        <source>Relief std</source>
        <translation>Std.-Abw. Relief</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="282"/>
        <source>Add…</source>
        <translation>Hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="283"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="303"/>
        <source>Preview of one sample (mm, LOS)</source>
        <translation>Vorschau eines Samples (mm, LOS)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="316"/>
        <source>(a) reference x</source>
        <translation>(a) Referenz x</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="317"/>
        <source>(e) residual e = b + c + d</source>
        <translation>(e) Residuum e = b + c + d</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="318"/>
        <source>(f) input y = x + w·e</source>
        <translation>(f) Eingabe y = x + w·e</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="319"/>
        <source>(b) turbulent delay</source>
        <translation>(b) turbulente Laufzeitverzögerung</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="320"/>
        <source>(c) stratified delay</source>
        <translation>(c) stratifizierte Verzögerung</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="321"/>
        <source>(d) orbital ramp</source>
        <translation>(d) Orbitrampe</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="328"/>
        <source>generating…</source>
        <translation>wird erzeugt …</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="330"/>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="355"/>
        <source>Generate dataset</source>
        <translation>Datensatz erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="361"/>
        <source>new or empty folder</source>
        <translation>neuer oder leerer Ordner</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="362"/>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="365"/>
        <location filename="../ui/tabs/dataset_tab.cpp" line="492"/>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="370"/>
        <source>float32 metres (.npy)</source>
        <translation>float32 in Metern (.npy)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="371"/>
        <source>8-bit 0–255 per sample, as the poster (.npy)</source>
        <translation>8 Bit 0–255 pro Sample, wie im Poster (.npy)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="372"/>
        <source>store noise components</source>
        <translation>Rauschkomponenten speichern</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="376"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="381"/>
        <source>all cores</source>
        <translation>alle Kerne</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="382"/>
        <source>Samples per shard</source>
        <translation>Samples pro Shard</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="385"/>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="392"/>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="475"/>
        <source>DEM tiles in geographic coordinates</source>
        <translation>DEM-Kacheln in geografischen Koordinaten</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="476"/>
        <source>Rasters (*.tif *.tiff *.hgt *.vrt *.img *.dem);;All files (*)</source>
        <translation>Raster (*.tif *.tiff *.hgt *.vrt *.img *.dem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="587"/>
        <source>Preview: %1</source>
        <translation>Vorschau: %1</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="594"/>
        <source>Preview: add at least one DEM file, or choose the built-in fractal DEM.</source>
        <translation>Vorschau: Mindestens eine DEM-Datei hinzufügen oder das eingebaute fraktale DEM wählen.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="623"/>
        <source>Preview failed: %1</source>
        <translation>Vorschau fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="658"/>
        <source>Sample #%1 of dataset seed %2 → sample seed %3, %4×%5 px
</source>
        <translation>Sample #%1 aus Datensatz-Seed %2 → Sample-Seed %3, %4×%5 px
</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="664"/>
        <source>w = %1   SNR = P_x / P_(y−x) = %2 (%3 dB)
</source>
        <translation>w = %1   SNR = P_x / P_(y−x) = %2 (%3 dB)
</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="668"/>
        <source>Incidence %1°, heading %2° (%3), centre %4°, %5°
</source>
        <translation>Einfallswinkel %1°, Flugrichtung %2° (%3), Zentrum %4°, %5°
</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="671"/>
        <source>descending</source>
        <translation>absteigend</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="671"/>
        <source>ascending</source>
        <translation>aufsteigend</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="675"/>
        <location filename="../ui/tabs/dataset_tab.cpp" line="678"/>
        <source>Ground truth: </source>
        <translation>Ground Truth: </translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="682"/>
        <source>Preview up to date.</source>
        <translation>Vorschau ist aktuell.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="711"/>
        <source>Choose an output folder first.</source>
        <translation>Bitte zuerst einen Ausgabeordner wählen.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="716"/>
        <source>Add at least one DEM file, or choose the built-in fractal DEM.</source>
        <translation>Mindestens eine DEM-Datei hinzufügen oder das eingebaute fraktale DEM wählen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tabs/dataset_tab.cpp" line="750"/>
        <source>Wrote %n sample(s) to %1.</source>
        <translation>
            <numerusform>%n Sample nach %1 geschrieben.</numerusform>
            <numerusform>%n Samples nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="752"/>
        <source>Cancelled. The shards completed so far are kept in %1 (dataset.json says &quot;complete&quot;: false); the shard in progress was removed.</source>
        <translation>Abgebrochen. Die bisher fertiggestellten Shards bleiben in %1 erhalten (dataset.json enthält &quot;complete&quot;: false); der gerade bearbeitete Shard wurde entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="756"/>
        <source>Generation failed: %1</source>
        <translation>Erzeugung fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tabs/dataset_tab.cpp" line="763"/>
        <source>Generating %n sample(s) into %1…</source>
        <translation>
            <numerusform>%n Sample wird in %1 erzeugt …</numerusform>
            <numerusform>%n Samples werden in %1 erzeugt …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>insar::ui::DenoiseTab</name>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="38"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="40"/>
        <source>Drop an unwrapped interferogram here or use File &gt; Open.

GeoTIFF (also LiCSAR *.geo.unw.tif), ROI_PAC/ISCE .unw with sidecars, ENVI, HDF5 datasets (MintPy) and any single-band raster GDAL reads.</source>
        <translation>Ein abgewickeltes Interferogramm hierher ziehen oder Datei &gt; Öffnen wählen.

GeoTIFF (auch LiCSAR *.geo.unw.tif), ROI_PAC/ISCE .unw mit Begleitdateien, ENVI, HDF5-Datensätze (MintPy) und jedes einkanalige Raster, das GDAL liest.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="44"/>
        <source>Denoised</source>
        <translation>Entrauscht</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="46"/>
        <source>The denoised result will appear here after a trained model is applied to the input.</source>
        <translation>Das entrauschte Ergebnis erscheint hier, nachdem ein trainiertes Modell auf die Eingabe angewendet wurde.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="84"/>
        <source>Loading %1 …</source>
        <translation>%1 wird geladen …</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="107"/>
        <source>Loading cancelled</source>
        <translation>Laden abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="134"/>
        <source>Input: %1</source>
        <translation>Eingabe: %1</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="143"/>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="145"/>
        <source>units: %1</source>
        <translation>Einheit: %1</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="146"/>
        <source>range %1 … %2 (mean %3, std %4)</source>
        <translation>Bereich %1 … %2 (Mittel %3, Std.-Abw. %4)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="152"/>
        <source>no-data %1 px (%2 %)</source>
        <translation>ohne Daten %1 px (%2 %)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="153"/>
        <source>CRS: %1</source>
        <translation>KBS: %1</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="156"/>
        <source>dates %1 → %2</source>
        <translation>Aufnahmen %1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="159"/>
        <source>wavelength %1 m</source>
        <translation>Wellenlänge %1 m</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="161"/>
        <source>Opened %1 (%2 × %3)</source>
        <translation>%1 geöffnet (%2 × %3)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="173"/>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="178"/>
        <source>Cannot open raster</source>
        <translation>Raster kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="179"/>
        <source>Could not open %1.</source>
        <translation>%1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="191"/>
        <source>Choose a dataset</source>
        <translation>Datensatz wählen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="192"/>
        <source>%1 holds several datasets. Which one should be opened?</source>
        <translation>%1 enthält mehrere Datensätze. Welcher soll geöffnet werden?</translation>
    </message>
</context>
<context>
    <name>insar::ui::Job</name>
    <message>
        <location filename="../ui/jobs/job.cpp" line="47"/>
        <source>not enough memory for this operation</source>
        <translation>nicht genug Speicher für diesen Vorgang</translation>
    </message>
    <message>
        <location filename="../ui/jobs/job.cpp" line="49"/>
        <source>unexpected error: %1</source>
        <translation>unerwarteter Fehler: %1</translation>
    </message>
    <message>
        <location filename="../ui/jobs/job.cpp" line="52"/>
        <source>unexpected error of unknown type</source>
        <translation>unerwarteter Fehler unbekannter Art</translation>
    </message>
</context>
<context>
    <name>insar::ui::JobProgressWidget</name>
    <message>
        <location filename="../ui/jobs/job_progress_widget.cpp" line="31"/>
        <location filename="../ui/jobs/job_progress_widget.cpp" line="54"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/jobs/job_progress_widget.cpp" line="32"/>
        <source>Pause or resume the job</source>
        <translation>Auftrag anhalten oder fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/jobs/job_progress_widget.cpp" line="36"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/jobs/job_progress_widget.cpp" line="37"/>
        <source>Cancel the job</source>
        <translation>Auftrag abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/jobs/job_progress_widget.cpp" line="47"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <location filename="../ui/jobs/job_progress_widget.cpp" line="54"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/jobs/job_progress_widget.cpp" line="99"/>
        <source>%1 s left</source>
        <translation>noch %1 s</translation>
    </message>
    <message>
        <location filename="../ui/jobs/job_progress_widget.cpp" line="101"/>
        <source>%1 min %2 s left</source>
        <translation>noch %1 min %2 s</translation>
    </message>
    <message>
        <location filename="../ui/jobs/job_progress_widget.cpp" line="102"/>
        <source>about %1 h %2 min left</source>
        <translation>noch etwa %1 h %2 min</translation>
    </message>
    <message>
        <location filename="../ui/jobs/job_progress_widget.cpp" line="113"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/jobs/job_progress_widget.cpp" line="126"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../ui/jobs/job_progress_widget.cpp" line="129"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/jobs/job_progress_widget.cpp" line="132"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>insar::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="55"/>
        <source>InSAR Denoiser</source>
        <translation>InSAR Denoiser</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="63"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="64"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="65"/>
        <source>Denoise</source>
        <translation>Entrauschen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="67"/>
        <source>Case study</source>
        <translation>Fallstudie</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="90"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="91"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="94"/>
        <source>Open &amp;sample raster</source>
        <translation>&amp;Beispielraster öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="100"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="102"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="106"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="107"/>
        <source>&amp;Reset view</source>
        <translation>Ansicht &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="110"/>
        <source>&amp;Colour map</source>
        <translation>&amp;Farbskala</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="121"/>
        <source>&amp;Map coordinates</source>
        <translation>&amp;Kartenkoordinaten</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="123"/>
        <source>Axes in the raster&apos;s map coordinates instead of rows and columns</source>
        <translation>Achsen in den Kartenkoordinaten des Rasters statt Zeilen und Spalten</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="130"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="131"/>
        <source>&amp;About InSAR Denoiser</source>
        <translation>Ü&amp;ber InSAR Denoiser</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="133"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="149"/>
        <source>Rasters (*.tif *.tiff *.unw *.h5 *.hdf5 *.he5 *.nc *.img *.hdr *.envi *.vrt *.grd);;GeoTIFF (*.tif *.tiff);;ROI_PAC / ISCE unwrapped (*.unw);;HDF5 (*.h5 *.hdf5 *.he5);;ENVI (*.img *.hdr *.envi *.bin);;All files (*)</source>
        <translation>Raster (*.tif *.tiff *.unw *.h5 *.hdf5 *.he5 *.nc *.img *.hdr *.envi *.vrt *.grd);;GeoTIFF (*.tif *.tiff);;ROI_PAC / ISCE abgewickelt (*.unw);;HDF5 (*.h5 *.hdf5 *.he5);;ENVI (*.img *.hdr *.envi *.bin);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="155"/>
        <source>Open raster</source>
        <translation>Raster öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="190"/>
        <source>Clear list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="200"/>
        <source>About InSAR Denoiser</source>
        <translation>Über InSAR Denoiser</translation>
    </message>
</context>
<context>
    <name>insar::ui::RasterView</name>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="58"/>
        <source>row %1, col %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="61"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="67"/>
        <source>  (lat %1, lon %2)</source>
        <translation>  (Breite %1, Länge %2)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="71"/>
        <source>  (x %1, y %2)</source>
        <translation>  (x %1, y %2)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="118"/>
        <source>Reset view</source>
        <translation>Ansicht zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="119"/>
        <source>Show the whole raster (double-click does the same)</source>
        <translation>Das ganze Raster zeigen (Doppelklick tut dasselbe)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="134"/>
        <source>Colour map</source>
        <translation>Farbskala</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="140"/>
        <source>Colour limits</source>
        <translation>Farbgrenzen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="146"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="147"/>
        <source>Symmetric around 0</source>
        <translation>Symmetrisch um 0</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="148"/>
        <source>Minimum to maximum</source>
        <translation>Minimum bis Maximum</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="149"/>
        <source>Axes</source>
        <translation>Achsen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="150"/>
        <source>Pixel (row/column)</source>
        <translation>Pixel (Zeile/Spalte)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="154"/>
        <source>Map coordinates</source>
        <translation>Kartenkoordinaten</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="160"/>
        <source>Save image…</source>
        <translation>Bild speichern …</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="161"/>
        <source>Save image</source>
        <translation>Bild speichern</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="162"/>
        <source>PNG image (*.png);;PDF (*.pdf)</source>
        <translation>PNG-Bild (*.png);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="171"/>
        <source>No raster</source>
        <translation>Kein Raster</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="401"/>
        <source>longitude (°)</source>
        <translation>Länge (°)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="401"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="401"/>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="402"/>
        <source>latitude (°)</source>
        <translation>Breite (°)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="402"/>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="402"/>
        <source>row</source>
        <translation>Zeile</translation>
    </message>
</context>
<context>
    <name>insar::ui::SampleGallery</name>
    <message>
        <location filename="../ui/widgets/sample_gallery.cpp" line="48"/>
        <location filename="../ui/widgets/sample_gallery.cpp" line="127"/>
        <source>Validation samples appear here after the first epoch.</source>
        <translation>Validierungs-Samples erscheinen hier nach der ersten Epoche.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sample_gallery.cpp" line="52"/>
        <source>input y</source>
        <translation>Eingabe y</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sample_gallery.cpp" line="52"/>
        <source>prediction y − R(y)</source>
        <translation>Vorhersage y − R(y)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sample_gallery.cpp" line="52"/>
        <source>reference x</source>
        <translation>Referenz x</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sample_gallery.cpp" line="83"/>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sample_gallery.cpp" line="103"/>
        <source>No validation samples.</source>
        <translation>Keine Validierungs-Samples.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sample_gallery.cpp" line="104"/>
        <source>Validation samples after epoch %1 (mm, one colour scale per sample)</source>
        <translation>Validierungs-Samples nach Epoche %1 (mm, eine Farbskala pro Sample)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sample_gallery.cpp" line="119"/>
        <source>#%1  RMSE %2 → %3 mm</source>
        <translation>#%1  RMSE %2 → %3 mm</translation>
    </message>
</context>
<context>
    <name>insar::ui::TrainingJob</name>
    <message>
        <location filename="../ui/jobs/training_job.cpp" line="101"/>
        <source>training failed</source>
        <translation>Training fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>insar::ui::TrainingTab</name>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="126"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="129"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="131"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="133"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="135"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="137"/>
        <source>Stops at the next step and writes a checkpoint; tick “Continue from the checkpoint” to go on later.</source>
        <translation>Hält beim nächsten Schritt an und schreibt einen Checkpoint; „Vom Checkpoint fortsetzen“ ankreuzen, um später weiterzumachen.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="149"/>
        <location filename="../ui/tabs/training_tab.cpp" line="718"/>
        <source>idle</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="151"/>
        <source>Training samples (crops) per second</source>
        <translation>Trainings-Samples (Ausschnitte) pro Sekunde</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="153"/>
        <source>Estimated time to the last epoch</source>
        <translation>Geschätzte Zeit bis zur letzten Epoche</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="213"/>
        <source>Network (DnCNN, residual learning)</source>
        <translation>Netz (DnCNN, Residuenlernen)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="221"/>
        <source> layers</source>
        <translation> Schichten</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="223"/>
        <source> channels</source>
        <translation> Kanäle</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="224"/>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="225"/>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="228"/>
        <source>none (plain DnCNN)</source>
        <translation>keine (einfaches DnCNN)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="229"/>
        <source>Dilation of each convolution, one per layer, e.g. 1,2,4,8,16,16,8,4,2,1 for 10 layers. Dilated layers see long-wavelength atmosphere (ramps, turbulence) with the same number of weights.</source>
        <translation>Dilatation jeder Faltung, eine pro Schicht, z. B. 1,2,4,8,16,16,8,4,2,1 für 10 Schichten. Dilatierte Schichten erfassen langwellige Atmosphäre (Rampen, Turbulenz) mit derselben Zahl an Gewichten.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="234"/>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="235"/>
        <source>Dilations</source>
        <translation>Dilatationen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="236"/>
        <source>Receptive field</source>
        <translation>Rezeptives Feld</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="243"/>
        <source>%1 × %1 pixels</source>
        <translation>%1 × %1 Pixel</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="254"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="256"/>
        <source>Synthesise on the fly</source>
        <translation>Während des Trainings synthetisieren</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="259"/>
        <source>Dataset folder (written by Generate / synth)</source>
        <translation>Datensatzordner (geschrieben von Erzeugen / synth)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="266"/>
        <location filename="../ui/tabs/training_tab.cpp" line="288"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="267"/>
        <source>Training region</source>
        <translation>Trainingsregion</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="268"/>
        <source>Map size</source>
        <translation>Kartengröße</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="273"/>
        <location filename="../ui/tabs/training_tab.cpp" line="362"/>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="276"/>
        <location filename="../ui/tabs/training_tab.cpp" line="365"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="283"/>
        <source>Validation region</source>
        <translation>Validierungsregion</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="284"/>
        <source>Validation maps</source>
        <translation>Validierungskarten</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="285"/>
        <source>Gallery samples</source>
        <translation>Galerie-Samples</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="287"/>
        <source>full maps</source>
        <translation>ganze Karten</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="293"/>
        <source>Float (metres × scale)</source>
        <translation>Gleitkomma (Meter × Skalierung)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="294"/>
        <source>8-bit per map, as the poster</source>
        <translation>8 Bit pro Karte, wie im Poster</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="295"/>
        <source>Crop size</source>
        <translation>Ausschnittgröße</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="296"/>
        <source>Crops per map</source>
        <translation>Ausschnitte pro Karte</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="297"/>
        <source>Synthesis threads</source>
        <translation>Synthese-Threads</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="298"/>
        <source>Normalisation</source>
        <translation>Normierung</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="302"/>
        <source>Optimiser (Adam, multi-step schedule)</source>
        <translation>Optimierer (Adam, stufenweiser Lernratenplan)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="310"/>
        <source>Epochs at which the learning rate is multiplied by γ</source>
        <translation>Epochen, in denen die Lernrate mit γ multipliziert wird</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="313"/>
        <source>never stop early</source>
        <translation>nie vorzeitig beenden</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="315"/>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="316"/>
        <source>Steps per epoch</source>
        <translation>Schritte pro Epoche</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="317"/>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="318"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="319"/>
        <source>LR milestones</source>
        <translation>LR-Meilensteine</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="320"/>
        <source>LR factor γ</source>
        <translation>LR-Faktor γ</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="321"/>
        <source>Early-stop patience</source>
        <translation>Geduld (Early Stopping)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="322"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="326"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="330"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="331"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="332"/>
        <source>CUDA GPU</source>
        <translation>CUDA-GPU</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="338"/>
        <source>CUDA GPU (not available)</source>
        <translation>CUDA-GPU (nicht verfügbar)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="341"/>
        <source> — CUDA available</source>
        <translation> — CUDA verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="341"/>
        <source> — no CUDA</source>
        <translation> — kein CUDA</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="345"/>
        <source>all cores</source>
        <translation>alle Kerne</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="346"/>
        <source>Mixed precision on CUDA</source>
        <translation>Gemischte Genauigkeit auf CUDA</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="349"/>
        <source>Run on</source>
        <translation>Ausführen auf</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="351"/>
        <source>CPU threads</source>
        <translation>CPU-Threads</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="356"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="361"/>
        <source>folder for checkpoint, models and history</source>
        <translation>Ordner für Checkpoint, Modelle und Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="366"/>
        <source>Continue from the checkpoint in this folder</source>
        <translation>Vom Checkpoint in diesem Ordner fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="370"/>
        <source>Load config…</source>
        <translation>Konfiguration laden …</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="371"/>
        <source>Save config…</source>
        <translation>Konfiguration speichern …</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="381"/>
        <source>Dataset folder</source>
        <translation>Datensatzordner</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="386"/>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="406"/>
        <source>Loss l(θ)</source>
        <translation>Verlust l(θ)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="407"/>
        <location filename="../ui/tabs/training_tab.cpp" line="418"/>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="407"/>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="408"/>
        <source>training, per step</source>
        <translation>Training, pro Schritt</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="409"/>
        <source>training, epoch mean</source>
        <translation>Training, Epochenmittel</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="411"/>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="417"/>
        <source>Validation SSIM and SNR (dashed: uncorrected input)</source>
        <translation>Validierungs-SSIM und -SNR (gestrichelt: unkorrigierte Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="418"/>
        <location filename="../ui/tabs/training_tab.cpp" line="421"/>
        <source>SSIM</source>
        <translation>SSIM</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="418"/>
        <source>SNR (dB)</source>
        <translation>SNR (dB)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="423"/>
        <source>SSIM 11×11</source>
        <translation>SSIM 11×11</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="425"/>
        <source>SNR</source>
        <translation>SNR</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="439"/>
        <source>Logarithmic loss axis</source>
        <translation>Logarithmische Verlustachse</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="451"/>
        <source>Validation gallery</source>
        <translation>Validierungsgalerie</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="458"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="572"/>
        <location filename="../ui/tabs/training_tab.cpp" line="586"/>
        <source>Training configuration</source>
        <translation>Trainingskonfiguration</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="573"/>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="578"/>
        <source>Loaded %1.</source>
        <translation>%1 geladen.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="588"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="595"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="641"/>
        <source>%1 training: %2, %3 layers × %4 channels, %5 epochs × %6 steps, batch %7 → %8</source>
        <translation>Training %1: %2, %3 Schichten × %4 Kanäle, %5 Epochen × %6 Schritte, Batch %7 → %8</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="642"/>
        <source>Continuing</source>
        <translation>wird fortgesetzt</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="642"/>
        <source>Starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="651"/>
        <source>Training…</source>
        <translation>Training läuft …</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="663"/>
        <source>paused (the trainer waits at the next step)</source>
        <translation>angehalten (das Training wartet beim nächsten Schritt)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="680"/>
        <source>stopping: writing a checkpoint…</source>
        <translation>wird gestoppt: Checkpoint wird geschrieben …</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="689"/>
        <source>Training is running</source>
        <translation>Training läuft</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="690"/>
        <source>A training run is in progress. Stop it and close? A checkpoint is written first, so the run can be continued later.</source>
        <translation>Ein Trainingslauf ist im Gange. Anhalten und schließen? Zuvor wird ein Checkpoint geschrieben, sodass der Lauf später fortgesetzt werden kann.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="751"/>
        <source>epoch %1/%2: train %3, val %4%5 | SSIM %6 / %7 (input %8 / %9) | SNR %10 dB (input %11 dB) | RMSE %12 mm (input %13 mm) | %14 | lr %15</source>
        <translation>Epoche %1/%2: Training %3, Validierung %4%5 | SSIM %6 / %7 (Eingabe %8 / %9) | SNR %10 dB (Eingabe %11 dB) | RMSE %12 mm (Eingabe %13 mm) | %14 | lr %15</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="757"/>
        <source> (best)</source>
        <translation> (Bestwert)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="814"/>
        <source>Training failed: %1</source>
        <translation>Training fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tabs/training_tab.cpp" line="820"/>
        <source>Stopped after %n epoch(s); checkpoint written to %1. Tick “Continue from the checkpoint” and press Start to go on.</source>
        <translation>
            <numerusform>Nach %n Epoche angehalten; Checkpoint nach %1 geschrieben. „Vom Checkpoint fortsetzen“ ankreuzen und „Starten“ drücken, um weiterzumachen.</numerusform>
            <numerusform>Nach %n Epochen angehalten; Checkpoint nach %1 geschrieben. „Vom Checkpoint fortsetzen“ ankreuzen und „Starten“ drücken, um weiterzumachen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tabs/training_tab.cpp" line="824"/>
        <source>%1 after %n epoch(s) (%2). Best validation loss %3 at epoch %4; model: %5</source>
        <translation>
            <numerusform>%1 nach %n Epoche (%2). Bester Validierungsverlust %3 in Epoche %4; Modell: %5</numerusform>
            <numerusform>%1 nach %n Epochen (%2). Bester Validierungsverlust %3 in Epoche %4; Modell: %5</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="826"/>
        <source>Stopped early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="826"/>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="69"/>
        <source>Removes atmospheric noise from unwrapped InSAR phase with a trained DnCNN.</source>
        <translation>Entfernt atmosphärisches Rauschen aus abgewickelter InSAR-Phase mit einem trainierten DnCNN.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="74"/>
        <source>Rasters to open (the last one is shown).</source>
        <translation>Zu öffnende Raster (das letzte wird angezeigt).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="78"/>
        <source>Worker threads (default: INSAR_THREADS or all cores).</source>
        <translation>Arbeits-Threads (Vorgabe: INSAR_THREADS oder alle Kerne).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="81"/>
        <source>Do not open the bundled sample raster.</source>
        <translation>Das mitgelieferte Beispielraster nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="84"/>
        <source>Save a PNG of the window once the file is shown, then quit.</source>
        <translation>Ein PNG des Fensters speichern, sobald die Datei angezeigt wird, dann beenden.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="87"/>
        <source>Tab to show first (0-3).</source>
        <translation>Zuerst gezeigter Reiter (0-3).</translation>
    </message>
</context>
</TS>
