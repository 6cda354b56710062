<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="34"/>
        <source>Training (54°E–120°E, 26°N–37°N)</source>
        <translation>Training (54°O–120°O, 26°N–37°N)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="35"/>
        <source>Validation (120°W–100°W, 37°N–46°N)</source>
        <translation>Validierung (120°W–100°W, 37°N–46°N)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="36"/>
        <source>Test (70°E–110°E, 40°N–50°N)</source>
        <translation>Test (70°O–110°O, 40°N–50°N)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_monitor.cpp" line="35"/>
        <source>%1 samples/s</source>
        <translation>%1 Samples/s</translation>
    </message>
</context>
<context>
    <name>insar::ui::AppInfo</name>
    <message>
        <location filename="../ui/app_info.cpp" line="33"/>
        <source>&lt;h3&gt;InSAR Denoiser %1&lt;/h3&gt;&lt;p&gt;Removes atmospheric noise from unwrapped InSAR phase with a DnCNN trained on synthetic interferograms.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;InSAR Denoiser %1&lt;/h3&gt;&lt;p&gt;Entfernt atmosphärisches Rauschen aus abgewickelter InSAR-Phase mit einem DnCNN, das auf synthetischen Interferogrammen trainiert wurde.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>insar::ui::CaseStudyTab</name>
    <message>
        <location filename="../ui/tabs/case_study_tab.cpp" line="16"/>
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
    <name>insar::ui::CorrectionTable</name>
    <message>
        <location filename="../ui/tabs/correction_table.cpp" line="32"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../ui/tabs/correction_table.cpp" line="32"/>
        <source>Std before</source>
        <translation>Std. vorher</translation>
    </message>
    <message>
        <location filename="../ui/tabs/correction_table.cpp" line="32"/>
        <source>Std after</source>
        <translation>Std. nachher</translation>
    </message>
    <message>
        <location filename="../ui/tabs/correction_table.cpp" line="32"/>
        <source>Reduction</source>
        <translation>Reduktion</translation>
    </message>
    <message>
        <location filename="../ui/tabs/correction_table.cpp" line="32"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../ui/tabs/correction_table.cpp" line="32"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/tabs/correction_table.cpp" line="33"/>
        <source>(std before − std after) / std before over the pixels valid in both maps, as LiCSBAS reports it</source>
        <translation>(Std. vorher − Std. nachher) / Std. vorher über die in beiden Karten gültigen Pixel, wie LiCSBAS sie angibt</translation>
    </message>
    <message>
        <location filename="../ui/tabs/correction_table.cpp" line="58"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/tabs/correction_table.cpp" line="74"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>insar::ui::DatasetDemBox</name>
    <message>
        <location filename="../ui/tabs/dataset_dem_box.cpp" line="14"/>
        <source>DEM for the stratified delay (c)</source>
        <translation>DEM für die stratifizierte Verzögerung (c)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_dem_box.cpp" line="17"/>
        <source>Built-in fractal DEM (no download needed)</source>
        <translation>Eingebautes fraktales DEM (kein Download nötig)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_dem_box.cpp" line="21"/>
        <source>DEM files (GeoTIFF, .hgt... in lon/lat)</source>
        <translation>DEM-Dateien (GeoTIFF, .hgt... in Länge/Breite)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_dem_box.cpp" line="35"/>
        <source>Add…</source>
        <translation>Hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_dem_box.cpp" line="36"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_dem_box.cpp" line="82"/>
        <source>DEM tiles in geographic coordinates</source>
        <translation>DEM-Kacheln in geografischen Koordinaten</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_dem_box.cpp" line="83"/>
        <source>Rasters (*.tif *.tiff *.hgt *.vrt *.img *.dem);;All files (*)</source>
        <translation>Raster (*.tif *.tiff *.hgt *.vrt *.img *.dem);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>insar::ui::DatasetForm</name>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="98"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="102"/>
        <source>Training (54°E–120°E, 26°N–37°N)</source>
        <translation>Training (54°O–120°O, 26°N–37°N)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="103"/>
        <source>Validation (120°W–100°W, 37°N–46°N)</source>
        <translation>Validierung (120°W–100°W, 37°N–46°N)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="104"/>
        <source>Test (70°E–110°E, 40°N–50°N)</source>
        <translation>Test (70°O–110°O, 40°N–50°N)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="105"/>
        <source>Custom box</source>
        <translation>Benutzerdefinierter Ausschnitt</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="106"/>
        <source>Preset</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="121"/>
        <source>Longitude (E+)</source>
        <translation>Länge (O+)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="122"/>
        <source>Latitude (N+)</source>
        <translation>Breite (N+)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="129"/>
        <source>Samples</source>
        <translation>Samples</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="134"/>
        <source>The preview shows this sample of the dataset (same seed).</source>
        <translation>Die Vorschau zeigt dieses Sample des Datensatzes (gleicher Seed).</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="135"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="136"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="137"/>
        <source>Preview sample #</source>
        <translation>Vorschau-Sample Nr.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="138"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="138"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="139"/>
        <source>Pixel spacing</source>
        <translation>Pixelabstand</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="140"/>
        <source> arcsec</source>
        <translation> Bogensek.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="149"/>
        <source>Deformation (a): Okada faults and Mogi sources</source>
        <translation>Deformation (a): Okada-Verwerfungen und Mogi-Quellen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="153"/>
        <source>Sources per map</source>
        <translation>Quellen pro Karte</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="154"/>
        <source>Okada fraction</source>
        <translation>Okada-Anteil</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="157"/>
        <source>Fault magnitude Mw</source>
        <translation>Magnitude Mw (Verwerfung)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="165"/>
        <source>Noise (b)–(d) and mixing (f)</source>
        <translation>Rauschen (b)–(d) und Mischung (f)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="167"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="168"/>
        <source>Turbulence std</source>
        <translation>Std.-Abw. Turbulenz</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="171"/>
        <source>Stratified scale</source>
        <translation>Skalenfaktor (stratifiziert)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="172"/>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="174"/>
        <source>Weather anomaly σ: pressure</source>
        <translation>Wetteranomalie σ: Druck</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="176"/>
        <source> hPa</source>
        <translation> hPa</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="178"/>
        <source>temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="179"/>
        <source> K</source>
        <translation> K</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="181"/>
        <source>humidity</source>
        <translation>Feuchte</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="182"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="184"/>
        <source>Epoch interval</source>
        <translation>Epochenabstand</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="185"/>
        <source> d</source>
        <translation> d</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="187"/>
        <source>Ramp peak-to-peak</source>
        <translation>Rampe (Spitze–Spitze)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="190"/>
        <source>Weight w (y = x + w e)</source>
        <translation>Gewicht w (y = x + w e)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="198"/>
        <source>Sensor and viewing geometry</source>
        <translation>Sensor und Aufnahmegeometrie</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="202"/>
        <source>ALOS PALSAR (L-band)</source>
        <translation>ALOS PALSAR (L-Band)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="203"/>
        <source>ALOS-2 PALSAR-2 (L-band)</source>
        <translation>ALOS-2 PALSAR-2 (L-Band)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="204"/>
        <source>Sentinel-1 (C-band)</source>
        <translation>Sentinel-1 (C-Band)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="205"/>
        <source>Custom wavelength</source>
        <translation>Benutzerdefinierte Wellenlänge</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="214"/>
        <source> cm</source>
        <translation> cm</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="221"/>
        <source>Sensor</source>
        <translation>Sensor</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="222"/>
        <source>Wavelength</source>
        <translation>Wellenlänge</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="224"/>
        <source>Incidence</source>
        <translation>Einfallswinkel</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="227"/>
        <source>Heading (ascending)</source>
        <translation>Flugrichtung (aufsteigend)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="232"/>
        <source>Probability of a descending pass (heading −180° − ascending).</source>
        <translation>Wahrscheinlichkeit eines absteigenden Überflugs (Flugrichtung −180° − aufsteigend).</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="233"/>
        <source>Descending fraction</source>
        <translation>Anteil absteigend</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="243"/>
        <source>Mean height</source>
        <translation>Mittlere Höhe</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="244"/>
        <location filename="../ui/tabs/dataset_form.cpp" line="247"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_form.cpp" line="246"/>
        <source>Relief std</source>
        <translation>Std.-Abw. Relief</translation>
    </message>
</context>
<context>
    <name>insar::ui::DatasetOutput</name>
    <message>
        <location filename="../ui/tabs/dataset_output.cpp" line="25"/>
        <source>Generate dataset</source>
        <translation>Datensatz erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_output.cpp" line="32"/>
        <source>new or empty folder</source>
        <translation>neuer oder leerer Ordner</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_output.cpp" line="33"/>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_output.cpp" line="36"/>
        <location filename="../ui/tabs/dataset_output.cpp" line="132"/>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_output.cpp" line="41"/>
        <source>float32 metres (.npy)</source>
        <translation>float32 in Metern (.npy)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_output.cpp" line="42"/>
        <source>8-bit 0–255 per sample, as the poster (.npy)</source>
        <translation>8 Bit 0–255 pro Sample, wie im Poster (.npy)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_output.cpp" line="43"/>
        <source>store noise components</source>
        <translation>Rauschkomponenten speichern</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_output.cpp" line="47"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_output.cpp" line="52"/>
        <source>all cores</source>
        <translation>alle Kerne</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_output.cpp" line="53"/>
        <source>Samples per shard</source>
        <translation>Samples pro Shard</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_output.cpp" line="56"/>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_output.cpp" line="63"/>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
</context>
<context>
    <name>insar::ui::DatasetPreview</name>
    <message>
        <location filename="../ui/tabs/dataset_preview.cpp" line="55"/>
        <source>Preview of one sample (mm, LOS)</source>
        <translation>Vorschau eines Samples (mm, LOS)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_preview.cpp" line="69"/>
        <source>(a) reference x</source>
        <translation>(a) Referenz x</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_preview.cpp" line="69"/>
        <source>(e) residual e = b + c + d</source>
        <translation>(e) Residuum e = b + c + d</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_preview.cpp" line="70"/>
        <source>(f) input y = x + w·e</source>
        <translation>(f) Eingabe y = x + w·e</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_preview.cpp" line="70"/>
        <source>(b) turbulent delay</source>
        <translation>(b) turbulente Laufzeitverzögerung</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_preview.cpp" line="71"/>
        <source>(c) stratified delay</source>
        <translation>(c) stratifizierte Verzögerung</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_preview.cpp" line="71"/>
        <source>(d) orbital ramp</source>
        <translation>(d) Orbitrampe</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_preview.cpp" line="78"/>
        <source>generating…</source>
        <translation>wird erzeugt …</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_preview.cpp" line="80"/>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_preview.cpp" line="179"/>
        <source>Sample #%1 of dataset seed %2 → sample seed %3, %4×%5 px
</source>
        <translation>Sample #%1 aus Datensatz-Seed %2 → Sample-Seed %3, %4×%5 px
</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_preview.cpp" line="185"/>
        <source>w = %1   SNR = P_x / P_(y−x) = %2 (%3 dB)
</source>
        <translation>w = %1   SNR = P_x / P_(y−x) = %2 (%3 dB)
</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_preview.cpp" line="189"/>
        <source>Incidence %1°, heading %2° (%3), centre %4°, %5°
</source>
        <translation>Einfallswinkel %1°, Flugrichtung %2° (%3), Zentrum %4°, %5°
</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_preview.cpp" line="192"/>
        <source>descending</source>
        <translation>absteigend</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_preview.cpp" line="192"/>
        <source>ascending</source>
        <translation>aufsteigend</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_preview.cpp" line="197"/>
        <location filename="../ui/tabs/dataset_preview.cpp" line="199"/>
        <source>Ground truth: </source>
        <translation>Ground Truth: </translation>
    </message>
</context>
<context>
    <name>insar::ui::DatasetTab</name>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="154"/>
        <source>Preview: %1</source>
        <translation>Vorschau: %1</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="161"/>
        <source>Preview: add at least one DEM file, or choose the built-in fractal DEM.</source>
        <translation>Vorschau: Mindestens eine DEM-Datei hinzufügen oder das eingebaute fraktale DEM wählen.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="69"/>
        <source>Preview failed: %1</source>
        <translation>Vorschau fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="66"/>
        <source>Preview up to date.</source>
        <translation>Vorschau ist aktuell.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="189"/>
        <source>Choose an output folder first.</source>
        <translation>Bitte zuerst einen Ausgabeordner wählen.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="194"/>
        <source>Add at least one DEM file, or choose the built-in fractal DEM.</source>
        <translation>Mindestens eine DEM-Datei hinzufügen oder das eingebaute fraktale DEM wählen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tabs/dataset_tab.cpp" line="224"/>
        <source>Wrote %n sample(s) to %1.</source>
        <translation>
            <numerusform>%n Sample nach %1 geschrieben.</numerusform>
            <numerusform>%n Samples nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="226"/>
        <source>Cancelled. The shards completed so far are kept in %1 (dataset.json says &quot;complete&quot;: false); the shard in progress was removed.</source>
        <translation>Abgebrochen. Die bisher fertiggestellten Shards bleiben in %1 erhalten (dataset.json enthält &quot;complete&quot;: false); der gerade bearbeitete Shard wurde entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/dataset_tab.cpp" line="230"/>
        <source>Generation failed: %1</source>
        <translation>Erzeugung fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tabs/dataset_tab.cpp" line="236"/>
        <source>Generating %n sample(s) into %1…</source>
        <translation>
            <numerusform>%n Sample wird in %1 erzeugt …</numerusform>
            <numerusform>%n Samples werden in %1 erzeugt …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>insar::ui::DenoiseMethodBox</name>
    <message>
        <location filename="../ui/tabs/denoise_method_box.cpp" line="42"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_method_box.cpp" line="48"/>
        <source>CNN</source>
        <translation>CNN</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_method_box.cpp" line="50"/>
        <source>The trained network (DnCNN) removes turbulent and stratified delay</source>
        <translation>Das trainierte Netz (DnCNN) entfernt turbulente und geschichtete Verzögerung</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_method_box.cpp" line="54"/>
        <source>Model…</source>
        <translation>Modell…</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_method_box.cpp" line="56"/>
        <source>Choose a model file written by training (Training tab or `train`)</source>
        <translation>Eine vom Training geschriebene Modelldatei wählen (Reiter Training oder `train`)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_method_box.cpp" line="60"/>
        <source>Deramp</source>
        <translation>Rampe entfernen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_method_box.cpp" line="62"/>
        <source>Least-squares ramp fitted on the valid pixels outside the exclusion</source>
        <translation>Rampe nach kleinsten Quadraten, angepasst an die gültigen Pixel außerhalb der Ausschlussmaske</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_method_box.cpp" line="65"/>
        <source>linear (a + bx + cy)</source>
        <translation>linear (a + bx + cy)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_method_box.cpp" line="66"/>
        <source>bilinear (+ dxy)</source>
        <translation>bilinear (+ dxy)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_method_box.cpp" line="67"/>
        <source>quadratic</source>
        <translation>quadratisch</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_method_box.cpp" line="71"/>
        <source>Phase–elevation</source>
        <translation>Phase–Höhe</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_method_box.cpp" line="73"/>
        <source>Polynomial in height fitted to the map (the poster&apos;s &quot;linear&quot; correction); needs a DEM, warped to the map&apos;s grid when the grids differ</source>
        <translation>Polynom in der Höhe, an die Karte angepasst (die „lineare“ Korrektur des Posters); braucht ein DGM, das auf das Raster der Karte umgerechnet wird, wenn die Raster verschieden sind</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_method_box.cpp" line="77"/>
        <source>order </source>
        <translation>Ordnung </translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_method_box.cpp" line="78"/>
        <source>+ plane</source>
        <translation>+ Ebene</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_method_box.cpp" line="81"/>
        <source>looks </source>
        <translation>Looks </translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_method_box.cpp" line="82"/>
        <source>Fit on N × N multilooked pixels (1: every pixel)</source>
        <translation>Anpassung auf N × N gemittelten Pixeln (1: jedes Pixel)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_method_box.cpp" line="85"/>
        <source>DEM (any GDAL raster of heights in m)</source>
        <translation>DGM (beliebiges GDAL-Raster mit Höhen in m)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_method_box.cpp" line="90"/>
        <source>GACOS</source>
        <translation>GACOS</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_method_box.cpp" line="92"/>
        <source>Zenith delay maps of both dates (YYYYMMDD.ztd + .rsc or .ztd.tif), differenced</source>
        <translation>Zenitverzögerungskarten beider Daten (YYYYMMDD.ztd + .rsc oder .ztd.tif), differenziert</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_method_box.cpp" line="95"/>
        <source>folder with the GACOS files</source>
        <translation>Ordner mit den GACOS-Dateien</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_method_box.cpp" line="100"/>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_method_box.cpp" line="105"/>
        <source>Methods applied in order, e.g. gacos,cnn or deramp:bilinear,cnn or linear:2+plane</source>
        <translation>Methoden der Reihe nach angewandt, z. B. gacos,cnn oder deramp:bilinear,cnn oder linear:2+plane</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_method_box.cpp" line="112"/>
        <source>mask raster, GeoJSON file or POLYGON((lon lat, …)) kept out of the fits</source>
        <translation>Maskenraster, GeoJSON-Datei oder POLYGON((lon lat, …)), von den Anpassungen ausgenommen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_method_box.cpp" line="116"/>
        <source>automatic (stable area)</source>
        <translation>automatisch (stabiles Gebiet)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_method_box.cpp" line="117"/>
        <source>none (keep the level)</source>
        <translation>keine (Niveau behalten)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_method_box.cpp" line="118"/>
        <source>pixel</source>
        <translation>Pixel</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_method_box.cpp" line="121"/>
        <source>row,col</source>
        <translation>Zeile,Spalte</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_method_box.cpp" line="123"/>
        <source>Exclude:</source>
        <translation>Ausschließen:</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_method_box.cpp" line="125"/>
        <source>Reference:</source>
        <translation>Referenz:</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_method_box.cpp" line="131"/>
        <source>Choose a DEM</source>
        <translation>Ein DGM wählen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_method_box.cpp" line="132"/>
        <source>Rasters (*.tif *.tiff *.vrt *.dem *.hgt *.img);;All files (*)</source>
        <translation>Raster (*.tif *.tiff *.vrt *.dem *.hgt *.img);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_method_box.cpp" line="135"/>
        <source>Choose the GACOS folder</source>
        <translation>Den GACOS-Ordner wählen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_method_box.cpp" line="137"/>
        <source>Choose an exclusion mask</source>
        <translation>Eine Ausschlussmaske wählen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_method_box.cpp" line="138"/>
        <source>Masks (*.tif *.tiff *.geojson *.json);;All files (*)</source>
        <translation>Masken (*.tif *.tiff *.geojson *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_method_box.cpp" line="163"/>
        <source>CNN (%1)</source>
        <translation>CNN (%1)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_method_box.cpp" line="259"/>
        <source>none installed: choose a model file, or train one in the Training tab</source>
        <translation>keines installiert: eine Modelldatei wählen oder im Reiter Training eines trainieren</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_method_box.cpp" line="273"/>
        <source>Choose a model</source>
        <translation>Ein Modell wählen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_method_box.cpp" line="274"/>
        <source>InSAR Denoiser models (*.model);;All files (*)</source>
        <translation>InSAR-Denoiser-Modelle (*.model);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>insar::ui::DenoisePanels</name>
    <message>
        <location filename="../ui/tabs/denoise_panels.cpp" line="23"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_panels.cpp" line="25"/>
        <source>Draw a line on any panel (press, drag, release) to plot before, after and removed noise along it</source>
        <translation>Eine Linie auf einem Feld ziehen (drücken, ziehen, loslassen), um Vorher, Nachher und entferntes Rauschen entlang der Linie zu zeichnen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_panels.cpp" line="40"/>
        <source>Drop unwrapped interferograms (or a folder) here, or use File &gt; Open.

GeoTIFF (also LiCSAR *.geo.unw.tif), ROI_PAC/ISCE .unw with sidecars, ENVI, HDF5 datasets (MintPy) and any single-band raster GDAL reads.</source>
        <translation>Abgewickelte Interferogramme (oder einen Ordner) hier ablegen oder Datei &gt; Öffnen verwenden.

GeoTIFF (auch LiCSAR *.geo.unw.tif), ROI_PAC/ISCE .unw mit Begleitdateien, ENVI, HDF5-Datensätze (MintPy) und jedes einkanalige Raster, das GDAL liest.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_panels.cpp" line="44"/>
        <source>The corrected map appears here.
Choose methods above and press Correct.</source>
        <translation>Die korrigierte Karte erscheint hier.
Oben Methoden wählen und Korrigieren drücken.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_panels.cpp" line="45"/>
        <source>The removed noise (before − after) appears here.</source>
        <translation>Das entfernte Rauschen (vorher − nachher) erscheint hier.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_panels.cpp" line="103"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_panels.cpp" line="105"/>
        <source>Removed noise</source>
        <translation>Entferntes Rauschen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_panels.cpp" line="152"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_panels.cpp" line="155"/>
        <source>before %1</source>
        <translation>vorher %1</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_panels.cpp" line="157"/>
        <source>after %1</source>
        <translation>nachher %1</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_panels.cpp" line="159"/>
        <source>removed %1</source>
        <translation>entfernt %1</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_panels.cpp" line="160"/>
        <source>row %1, col %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_panels.cpp" line="164"/>
        <source>  (lat %1, lon %2)</source>
        <translation>  (Breite %1, Länge %2)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_panels.cpp" line="165"/>
        <source>  (x %1, y %2)</source>
        <translation>  (x %1, y %2)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_panels.cpp" line="188"/>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_panels.cpp" line="188"/>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_panels.cpp" line="188"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
</context>
<context>
    <name>insar::ui::DenoiseQueue</name>
    <message>
        <location filename="../ui/tabs/denoise_queue.cpp" line="115"/>
        <source>Files read and corrected in the background, one after another; select one to show it</source>
        <translation>Dateien, die nacheinander im Hintergrund gelesen und korrigiert werden; eine auswählen, um sie anzuzeigen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_queue.cpp" line="118"/>
        <source>Cancel current</source>
        <translation>Aktuelle abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_queue.cpp" line="120"/>
        <source>Clear queue</source>
        <translation>Warteschlange leeren</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_queue.cpp" line="122"/>
        <source>Remove the files still waiting; finished ones stay</source>
        <translation>Die noch wartenden Dateien entfernen; fertige bleiben</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_queue.cpp" line="317"/>
        <location filename="../ui/tabs/denoise_queue.cpp" line="369"/>
        <location filename="../ui/tabs/denoise_queue.cpp" line="444"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_queue.cpp" line="432"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_queue.cpp" line="434"/>
        <source>reading</source>
        <translation>wird gelesen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_queue.cpp" line="436"/>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_queue.cpp" line="438"/>
        <source>correcting</source>
        <translation>wird korrigiert</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_queue.cpp" line="440"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_queue.cpp" line="442"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_queue.cpp" line="446"/>
        <source>units unknown</source>
        <translation>Einheiten unbekannt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tabs/denoise_queue.cpp" line="466"/>
        <source>: %n method(s)</source>
        <translation><numerusform>: %n Methode</numerusform><numerusform>: %n Methoden</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_queue.cpp" line="468"/>
        <source>, best reduction %1 %</source>
        <translation>, beste Reduktion %1 %</translation>
    </message>
</context>
<context>
    <name>insar::ui::DenoiseTab</name>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="75"/>
        <source>Save result…</source>
        <translation>Ergebnis speichern…</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="151"/>
        <source>Loading %1 …</source>
        <translation>%1 wird geladen …</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="66"/>
        <source>Methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="69"/>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="71"/>
        <source>Queue interferograms: each is read and corrected with the checked methods</source>
        <translation>Interferogramme einreihen: jedes wird gelesen und mit den angehakten Methoden korrigiert</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="72"/>
        <source>Correct</source>
        <translation>Korrigieren</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="74"/>
        <source>Run the checked methods on the selected file (background job)</source>
        <translation>Die angehakten Methoden auf die gewählte Datei anwenden (Hintergrundauftrag)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="77"/>
        <source>Write the shown method&apos;s corrected map and removed noise as GeoTIFF</source>
        <translation>Die korrigierte Karte und das entfernte Rauschen der gezeigten Methode als GeoTIFF schreiben</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="78"/>
        <source>Save image…</source>
        <translation>Bild speichern…</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="80"/>
        <source>Write the three panels as a PNG image</source>
        <translation>Die drei Felder als PNG-Bild schreiben</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="86"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="88"/>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="161"/>
        <source>No raster files in %1</source>
        <translation>Keine Rasterdateien in %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tabs/denoise_tab.cpp" line="164"/>
        <source>Queued %n file(s)</source>
        <translation><numerusform>%n Datei eingereiht</numerusform><numerusform>%n Dateien eingereiht</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="178"/>
        <source>Correcting %1 …</source>
        <translation>%1 wird korrigiert …</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="268"/>
        <source>Corrected %1</source>
        <translation>%1 korrigiert</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="271"/>
        <source>Cancelled %1</source>
        <translation>%1 abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="285"/>
        <source>Cannot correct</source>
        <translation>Korrektur nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="285"/>
        <source>Could not correct %1.</source>
        <translation>%1 konnte nicht korrigiert werden.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="330"/>
        <source>Input: %1</source>
        <translation>Eingabe: %1</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="343"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="351"/>
        <source>After: %1</source>
        <translation>Nachher: %1</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="353"/>
        <source>%1: standard deviation %2 → %3 %4, reduction %5 %; reference %6</source>
        <translation>%1: Standardabweichung %2 → %3 %4, Reduktion %5 %; Referenz %6</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="376"/>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="377"/>
        <source>units: %1</source>
        <translation>Einheit: %1</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="378"/>
        <source>range %1 … %2 (mean %3, std %4)</source>
        <translation>Bereich %1 … %2 (Mittel %3, Std.-Abw. %4)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="384"/>
        <source>no-data %1 px (%2 %)</source>
        <translation>ohne Daten %1 px (%2 %)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="385"/>
        <source>CRS: %1</source>
        <translation>KBS: %1</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="388"/>
        <source>dates %1 → %2</source>
        <translation>Aufnahmen %1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="392"/>
        <source>wavelength %1 m</source>
        <translation>Wellenlänge %1 m</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="448"/>
        <source>Add interferograms</source>
        <translation>Interferogramme hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="449"/>
        <source>Rasters (*.tif *.tiff *.unw *.h5 *.hdf5 *.he5 *.nc *.img *.vrt *.grd);;All files (*)</source>
        <translation>Raster (*.tif *.tiff *.unw *.h5 *.hdf5 *.he5 *.nc *.img *.vrt *.grd);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="251"/>
        <source>Opened %1 (%2 × %3)</source>
        <translation>%1 geöffnet (%2 × %3)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab_save.cpp" line="36"/>
        <source>Save the corrected map</source>
        <translation>Die korrigierte Karte speichern</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab_save.cpp" line="37"/>
        <source>GeoTIFF (*.tif *.tiff)</source>
        <translation>GeoTIFF (*.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab_save.cpp" line="71"/>
        <location filename="../ui/tabs/denoise_tab_save.cpp" line="113"/>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab_save.cpp" line="71"/>
        <location filename="../ui/tabs/denoise_tab_save.cpp" line="113"/>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab_save.cpp" line="75"/>
        <location filename="../ui/tabs/denoise_tab_save.cpp" line="118"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert. {1?}</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab_save.cpp" line="89"/>
        <source>Save the panels</source>
        <translation>Die Felder speichern</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab_save.cpp" line="91"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="282"/>
        <source>Cannot open raster</source>
        <translation>Raster kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="282"/>
        <source>Could not open %1.</source>
        <translation>%1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="421"/>
        <source>Choose a dataset</source>
        <translation>Datensatz wählen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/denoise_tab.cpp" line="423"/>
        <source>%1 holds several datasets. Which one should be opened?</source>
        <translation>%1 enthält mehrere Datensätze. Welcher soll geöffnet werden?</translation>
    </message>
</context>
<context>
    <name>insar::ui::Job</name>
    <message>
        <location filename="../ui/jobs/job.cpp" line="162"/>
        <source>not enough memory for this operation</source>
        <translation>nicht genug Speicher für diesen Vorgang</translation>
    </message>
    <message>
        <location filename="../ui/jobs/job.cpp" line="164"/>
        <source>unexpected error: %1</source>
        <translation>unerwarteter Fehler: %1</translation>
    </message>
    <message>
        <location filename="../ui/jobs/job.cpp" line="167"/>
        <source>unexpected error of unknown type</source>
        <translation>unerwarteter Fehler unbekannter Art</translation>
    </message>
</context>
<context>
    <name>insar::ui::JobProgressWidget</name>
    <message>
        <location filename="../ui/jobs/job_progress_widget.cpp" line="33"/>
        <location filename="../ui/jobs/job_progress_widget.cpp" line="153"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/jobs/job_progress_widget.cpp" line="34"/>
        <source>Pause or resume the job</source>
        <translation>Auftrag anhalten oder fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/jobs/job_progress_widget.cpp" line="39"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/jobs/job_progress_widget.cpp" line="40"/>
        <source>Cancel the job</source>
        <translation>Auftrag abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/jobs/job_progress_widget.cpp" line="133"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <location filename="../ui/jobs/job_progress_widget.cpp" line="153"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/jobs/job_progress_widget.cpp" line="102"/>
        <source>%1 s left</source>
        <translation>noch %1 s</translation>
    </message>
    <message>
        <location filename="../ui/jobs/job_progress_widget.cpp" line="104"/>
        <source>%1 min %2 s left</source>
        <translation>noch %1 min %2 s</translation>
    </message>
    <message>
        <location filename="../ui/jobs/job_progress_widget.cpp" line="105"/>
        <source>about %1 h %2 min left</source>
        <translation>noch etwa %1 h %2 min</translation>
    </message>
    <message>
        <location filename="../ui/jobs/job_progress_widget.cpp" line="113"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/jobs/job_progress_widget.cpp" line="115"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../ui/jobs/job_progress_widget.cpp" line="116"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../ui/jobs/job_progress_widget.cpp" line="135"/>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../ui/jobs/job_progress_widget.cpp" line="135"/>
        <source>Paused: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <location filename="../ui/jobs/job_progress_widget.cpp" line="138"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/jobs/job_progress_widget.cpp" line="172"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../ui/jobs/job_progress_widget.cpp" line="175"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/jobs/job_progress_widget.cpp" line="178"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>insar::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="43"/>
        <source>InSAR Denoiser</source>
        <translation>InSAR Denoiser</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="51"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="52"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="53"/>
        <source>Denoise</source>
        <translation>Entrauschen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="55"/>
        <source>Case study</source>
        <translation>Fallstudie</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="78"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="79"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="82"/>
        <source>Open &amp;sample raster</source>
        <translation>&amp;Beispielraster öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="88"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="90"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="94"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="95"/>
        <source>&amp;Reset view</source>
        <translation>Ansicht &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="98"/>
        <source>&amp;Colour map</source>
        <translation>&amp;Farbskala</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="109"/>
        <source>&amp;Map coordinates</source>
        <translation>&amp;Kartenkoordinaten</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="111"/>
        <source>Axes in the raster&apos;s map coordinates instead of rows and columns</source>
        <translation>Achsen in den Kartenkoordinaten des Rasters statt Zeilen und Spalten</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="118"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="119"/>
        <source>&amp;About InSAR Denoiser</source>
        <translation>Ü&amp;ber InSAR Denoiser</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="121"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="138"/>
        <source>Rasters (*.tif *.tiff *.unw *.h5 *.hdf5 *.he5 *.nc *.img *.hdr *.envi *.vrt *.grd);;GeoTIFF (*.tif *.tiff);;ROI_PAC / ISCE unwrapped (*.unw);;HDF5 (*.h5 *.hdf5 *.he5);;ENVI (*.img *.hdr *.envi *.bin);;All files (*)</source>
        <translation>Raster (*.tif *.tiff *.unw *.h5 *.hdf5 *.he5 *.nc *.img *.hdr *.envi *.vrt *.grd);;GeoTIFF (*.tif *.tiff);;ROI_PAC / ISCE abgewickelt (*.unw);;HDF5 (*.h5 *.hdf5 *.he5);;ENVI (*.img *.hdr *.envi *.bin);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="144"/>
        <source>Open rasters</source>
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
    <name>insar::ui::ProfilePlot</name>
    <message>
        <location filename="../ui/widgets/profile_plot.cpp" line="21"/>
        <source>distance along the line (pixels)</source>
        <translation>Abstand entlang der Linie (Pixel)</translation>
    </message>
</context>
<context>
    <name>insar::ui::RasterView</name>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="60"/>
        <source>row %1, col %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="63"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="69"/>
        <source>  (lat %1, lon %2)</source>
        <translation>  (Breite %1, Länge %2)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="73"/>
        <source>  (x %1, y %2)</source>
        <translation>  (x %1, y %2)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="120"/>
        <source>Reset view</source>
        <translation>Ansicht zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="121"/>
        <source>Show the whole raster (double-click does the same)</source>
        <translation>Das ganze Raster zeigen (Doppelklick tut dasselbe)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="139"/>
        <source>Colour map</source>
        <translation>Farbskala</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="145"/>
        <source>Colour limits</source>
        <translation>Farbgrenzen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="151"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="152"/>
        <source>Symmetric around 0</source>
        <translation>Symmetrisch um 0</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="153"/>
        <source>Minimum to maximum</source>
        <translation>Minimum bis Maximum</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="154"/>
        <source>Axes</source>
        <translation>Achsen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="156"/>
        <source>Pixel (row/column)</source>
        <translation>Pixel (Zeile/Spalte)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="160"/>
        <source>Map coordinates</source>
        <translation>Kartenkoordinaten</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="165"/>
        <source>Save image…</source>
        <translation>Bild speichern …</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="166"/>
        <source>Save image</source>
        <translation>Bild speichern</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="167"/>
        <source>PNG image (*.png);;PDF (*.pdf)</source>
        <translation>PNG-Bild (*.png);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="170"/>
        <source>Cannot save image</source>
        <translation>Bild kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="175"/>
        <source>No raster</source>
        <translation>Kein Raster</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="186"/>
        <source>Could not write %1: check that the folder exists and is writable.</source>
        <translation>%1 konnte nicht geschrieben werden: Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="418"/>
        <source>longitude (°)</source>
        <translation>Länge (°)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="418"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="418"/>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="419"/>
        <source>latitude (°)</source>
        <translation>Breite (°)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="419"/>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <location filename="../ui/widgets/raster_view.cpp" line="419"/>
        <source>row</source>
        <translation>Zeile</translation>
    </message>
</context>
<context>
    <name>insar::ui::SampleGallery</name>
    <message>
        <location filename="../ui/widgets/sample_gallery.cpp" line="49"/>
        <location filename="../ui/widgets/sample_gallery.cpp" line="128"/>
        <source>Validation samples appear here after the first epoch.</source>
        <translation>Validierungs-Samples erscheinen hier nach der ersten Epoche.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sample_gallery.cpp" line="53"/>
        <source>input y</source>
        <translation>Eingabe y</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sample_gallery.cpp" line="53"/>
        <source>prediction y − R(y)</source>
        <translation>Vorhersage y − R(y)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sample_gallery.cpp" line="53"/>
        <source>reference x</source>
        <translation>Referenz x</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sample_gallery.cpp" line="84"/>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sample_gallery.cpp" line="105"/>
        <source>No validation samples.</source>
        <translation>Keine Validierungs-Samples.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sample_gallery.cpp" line="106"/>
        <source>Validation samples after epoch %1 (mm, one colour scale per sample)</source>
        <translation>Validierungs-Samples nach Epoche %1 (mm, eine Farbskala pro Sample)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sample_gallery.cpp" line="120"/>
        <source>#%1  RMSE %2 → %3 mm</source>
        <translation>#%1  RMSE %2 → %3 mm</translation>
    </message>
</context>
<context>
    <name>insar::ui::SymmetricScaleControl</name>
    <message>
        <location filename="../ui/widgets/symmetric_scale_control.cpp" line="17"/>
        <source>Colour scale ±</source>
        <translation>Farbskala ±</translation>
    </message>
    <message>
        <location filename="../ui/widgets/symmetric_scale_control.cpp" line="24"/>
        <source>Upper colour limit; the lower one is its negative, so 0 is white</source>
        <translation>Obere Farbgrenze; die untere ist ihr Negatives, sodass 0 weiß ist</translation>
    </message>
    <message>
        <location filename="../ui/widgets/symmetric_scale_control.cpp" line="26"/>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <location filename="../ui/widgets/symmetric_scale_control.cpp" line="29"/>
        <source>Follow the data: the largest |value| over the three panels</source>
        <translation>Den Daten folgen: der größte |Wert| über die drei Felder</translation>
    </message>
</context>
<context>
    <name>insar::ui::TrainingForm</name>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="66"/>
        <source>Network (DnCNN, residual learning)</source>
        <translation>Netz (DnCNN, Residuenlernen)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="73"/>
        <source> layers</source>
        <translation> Schichten</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="75"/>
        <source> channels</source>
        <translation> Kanäle</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="78"/>
        <source>none (plain DnCNN)</source>
        <translation>keine (einfaches DnCNN)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="79"/>
        <source>Dilation of each convolution, one per layer, e.g. 1,2,4,8,16,16,8,4,2,1 for 10 layers. Dilated layers see long-wavelength atmosphere (ramps, turbulence) with the same number of weights.</source>
        <translation>Dilatation jeder Faltung, eine pro Schicht, z. B. 1,2,4,8,16,16,8,4,2,1 für 10 Schichten. Dilatierte Schichten erfassen langwellige Atmosphäre (Rampen, Turbulenz) mit derselben Zahl an Gewichten.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="84"/>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="85"/>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="86"/>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="87"/>
        <source>Dilations</source>
        <translation>Dilatationen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="88"/>
        <source>Receptive field</source>
        <translation>Rezeptives Feld</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="95"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="97"/>
        <source>Synthesise on the fly</source>
        <translation>Während des Trainings synthetisieren</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="100"/>
        <source>Dataset folder (written by Generate / synth)</source>
        <translation>Datensatzordner (geschrieben von Erzeugen / synth)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="107"/>
        <location filename="../ui/tabs/training_form.cpp" line="128"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="108"/>
        <source>Training region</source>
        <translation>Trainingsregion</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="109"/>
        <source>Map size</source>
        <translation>Kartengröße</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="114"/>
        <location filename="../ui/tabs/training_form.cpp" line="214"/>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="117"/>
        <location filename="../ui/tabs/training_form.cpp" line="217"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="123"/>
        <source>Validation region</source>
        <translation>Validierungsregion</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="124"/>
        <source>Validation maps</source>
        <translation>Validierungskarten</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="125"/>
        <source>Gallery samples</source>
        <translation>Galerie-Samples</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="127"/>
        <source>full maps</source>
        <translation>ganze Karten</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="133"/>
        <source>Float (metres × scale)</source>
        <translation>Gleitkomma (Meter × Skalierung)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="134"/>
        <source>8-bit per map, as the poster</source>
        <translation>8 Bit pro Karte, wie im Poster</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="135"/>
        <source>Crop size</source>
        <translation>Ausschnittgröße</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="136"/>
        <source>Crops per map</source>
        <translation>Ausschnitte pro Karte</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="137"/>
        <source>Synthesis threads</source>
        <translation>Synthese-Threads</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="138"/>
        <source>Normalisation</source>
        <translation>Normierung</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="141"/>
        <source>Dataset folder</source>
        <translation>Datensatzordner</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="151"/>
        <source>Optimiser (Adam, multi-step schedule)</source>
        <translation>Optimierer (Adam, stufenweiser Lernratenplan)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="159"/>
        <source>Epochs at which the learning rate is multiplied by γ</source>
        <translation>Epochen, in denen die Lernrate mit γ multipliziert wird</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="162"/>
        <source>never stop early</source>
        <translation>nie vorzeitig beenden</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="164"/>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="165"/>
        <source>Steps per epoch</source>
        <translation>Schritte pro Epoche</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="166"/>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="167"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="168"/>
        <source>LR milestones</source>
        <translation>LR-Meilensteine</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="169"/>
        <source>LR factor γ</source>
        <translation>LR-Faktor γ</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="170"/>
        <source>Early-stop patience</source>
        <translation>Geduld (Early Stopping)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="171"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="177"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="181"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="182"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="183"/>
        <source>CUDA GPU</source>
        <translation>CUDA-GPU</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="189"/>
        <source>CUDA GPU (not available)</source>
        <translation>CUDA-GPU (nicht verfügbar)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="192"/>
        <source> — CUDA available</source>
        <translation> — CUDA verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="192"/>
        <source> — no CUDA</source>
        <translation> — kein CUDA</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="196"/>
        <source>all cores</source>
        <translation>alle Kerne</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="197"/>
        <source>Mixed precision on CUDA</source>
        <translation>Gemischte Genauigkeit auf CUDA</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="199"/>
        <source>Run on</source>
        <translation>Ausführen auf</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="201"/>
        <source>CPU threads</source>
        <translation>CPU-Threads</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="208"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="213"/>
        <source>folder for checkpoint, models and history</source>
        <translation>Ordner für Checkpoint, Modelle und Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="218"/>
        <source>Continue from the checkpoint in this folder</source>
        <translation>Vom Checkpoint in diesem Ordner fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="222"/>
        <source>Load config…</source>
        <translation>Konfiguration laden …</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="224"/>
        <source>Save config…</source>
        <translation>Konfiguration speichern …</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="231"/>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="280"/>
        <source>%1 × %1 pixels</source>
        <translation>%1 × %1 Pixel</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="288"/>
        <location filename="../ui/tabs/training_form.cpp" line="303"/>
        <source>Training configuration</source>
        <translation>Trainingskonfiguration</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="289"/>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="294"/>
        <source>Loaded %1.</source>
        <translation>%1 geladen.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="303"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_form.cpp" line="308"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>insar::ui::TrainingMonitor</name>
    <message>
        <location filename="../ui/tabs/training_monitor.cpp" line="51"/>
        <source>Validation gallery</source>
        <translation>Validierungsgalerie</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_monitor.cpp" line="58"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_monitor.cpp" line="76"/>
        <source>Loss l(θ)</source>
        <translation>Verlust l(θ)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_monitor.cpp" line="77"/>
        <location filename="../ui/tabs/training_monitor.cpp" line="88"/>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_monitor.cpp" line="77"/>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_monitor.cpp" line="78"/>
        <source>training, per step</source>
        <translation>Training, pro Schritt</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_monitor.cpp" line="79"/>
        <source>training, epoch mean</source>
        <translation>Training, Epochenmittel</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_monitor.cpp" line="81"/>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_monitor.cpp" line="87"/>
        <source>Validation SSIM and SNR (dashed: uncorrected input)</source>
        <translation>Validierungs-SSIM und -SNR (gestrichelt: unkorrigierte Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_monitor.cpp" line="88"/>
        <location filename="../ui/tabs/training_monitor.cpp" line="91"/>
        <source>SSIM</source>
        <translation>SSIM</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_monitor.cpp" line="88"/>
        <source>SNR (dB)</source>
        <translation>SNR (dB)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_monitor.cpp" line="93"/>
        <source>SSIM 11×11</source>
        <translation>SSIM 11×11</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_monitor.cpp" line="95"/>
        <source>SNR</source>
        <translation>SNR</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_monitor.cpp" line="109"/>
        <source>Logarithmic loss axis</source>
        <translation>Logarithmische Verlustachse</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_monitor.cpp" line="113"/>
        <source>Training samples (crops) per second</source>
        <translation>Trainings-Samples (Ausschnitte) pro Sekunde</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_monitor.cpp" line="173"/>
        <source>epoch %1/%2: train %3, val %4%5 | SSIM %6 / %7 (input %8 / %9) | SNR %10 dB (input %11 dB) | RMSE %12 mm (input %13 mm) | %14 | lr %15</source>
        <translation>Epoche %1/%2: Training %3, Validierung %4%5 | SSIM %6 / %7 (Eingabe %8 / %9) | SNR %10 dB (Eingabe %11 dB) | RMSE %12 mm (Eingabe %13 mm) | %14 | lr %15</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_monitor.cpp" line="179"/>
        <source> (best)</source>
        <translation> (Bestwert)</translation>
    </message>
</context>
<context>
    <name>insar::ui::TrainingTab</name>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="72"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="75"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="84"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="86"/>
        <source>Stops at the next step and writes a checkpoint; tick “Continue from the checkpoint” to go on later.</source>
        <translation>Hält beim nächsten Schritt an und schreibt einen Checkpoint; „Vom Checkpoint fortsetzen“ ankreuzen, um später weiterzumachen.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="82"/>
        <source>Hold the trainer at its next step, or let it continue</source>
        <translation>Das Training beim nächsten Schritt anhalten oder fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="176"/>
        <source>%1 training: %2, %3 layers × %4 channels, %5 epochs × %6 steps, batch %7 → %8</source>
        <translation>Training %1: %2, %3 Schichten × %4 Kanäle, %5 Epochen × %6 Schritte, Batch %7 → %8</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="177"/>
        <source>Continuing</source>
        <translation>wird fortgesetzt</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="177"/>
        <source>Starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="185"/>
        <source>Training…</source>
        <translation>Training läuft …</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="282"/>
        <source>Stopped; checkpoint written to %1. Tick “Continue from the checkpoint” and press Start to go on.</source>
        <translation>Gestoppt; Checkpoint nach %1 geschrieben. Kreuzen Sie „Vom Checkpoint fortsetzen“ an und drücken Sie „Start“, um weiterzumachen.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="286"/>
        <source>Stopped before the first step; there is no checkpoint to continue from.</source>
        <translation>Vor dem ersten Schritt gestoppt; es gibt keinen Checkpoint zum Fortsetzen.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="223"/>
        <source>Training is running</source>
        <translation>Training läuft</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="224"/>
        <source>A training run is in progress. Stop it and close? A checkpoint is written first, so the run can be continued later.</source>
        <translation>Ein Trainingslauf ist im Gange. Anhalten und schließen? Zuvor wird ein Checkpoint geschrieben, sodass der Lauf später fortgesetzt werden kann.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="290"/>
        <source>Training failed: %1</source>
        <translation>Training fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tabs/training_tab.cpp" line="267"/>
        <source>%1 after %n epoch(s) (%2). Best validation loss %3 at epoch %4; model: %5</source>
        <translation>
            <numerusform>%1 nach %n Epoche (%2). Bester Validierungsverlust %3 in Epoche %4; Modell: %5</numerusform>
            <numerusform>%1 nach %n Epochen (%2). Bester Validierungsverlust %3 in Epoche %4; Modell: %5</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="269"/>
        <source>Stopped early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <location filename="../ui/tabs/training_tab.cpp" line="269"/>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
</context>
<context>
    <name>insar::ui::UnitsDialog</name>
    <message>
        <location filename="../ui/tabs/units_dialog.cpp" line="20"/>
        <source>Units of the values</source>
        <translation>Einheiten der Werte</translation>
    </message>
    <message>
        <location filename="../ui/tabs/units_dialog.cpp" line="27"/>
        <source>radians (unwrapped phase)</source>
        <translation>Radiant (abgewickelte Phase)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/units_dialog.cpp" line="28"/>
        <source>metres (LOS)</source>
        <translation>Meter (LOS)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/units_dialog.cpp" line="29"/>
        <source>millimetres (LOS)</source>
        <translation>Millimeter (LOS)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/units_dialog.cpp" line="30"/>
        <source>Values are in</source>
        <translation>Die Werte sind in</translation>
    </message>
    <message>
        <location filename="../ui/tabs/units_dialog.cpp" line="34"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location filename="../ui/tabs/units_dialog.cpp" line="36"/>
        <source>Sentinel-1: 0.05546576 m; ALOS-2 (L band): 0.2424 m</source>
        <translation>Sentinel-1: 0,05546576 m; ALOS-2 (L-Band): 0,2424 m</translation>
    </message>
    <message>
        <location filename="../ui/tabs/units_dialog.cpp" line="37"/>
        <source>Radar wavelength</source>
        <translation>Radarwellenlänge</translation>
    </message>
    <message>
        <location filename="../ui/tabs/units_dialog.cpp" line="39"/>
        <source>Use for the other files without units too</source>
        <translation>Auch für die anderen Dateien ohne Einheiten verwenden</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="68"/>
        <source>Removes atmospheric noise from unwrapped InSAR phase with a trained DnCNN.</source>
        <translation>Entfernt atmosphärisches Rauschen aus abgewickelter InSAR-Phase mit einem trainierten DnCNN.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="73"/>
        <source>Rasters to open (the last one is shown).</source>
        <translation>Zu öffnende Raster (das letzte wird angezeigt).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="77"/>
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
    <message>
        <location filename="../app/gui/main.cpp" line="94"/>
        <source>Correct the opened file with the checked methods (the CNN with the shipped model by default) once it is shown.</source>
        <translation>Die geöffnete Datei mit den angehakten Methoden korrigieren (standardmäßig das CNN mit dem mitgelieferten Modell), sobald sie angezeigt wird.</translation>
    </message>
</context>
</TS>
