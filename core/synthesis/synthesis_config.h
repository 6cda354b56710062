// Every knob of the synthetic-interferogram generator (docs/physics.md §11.2), with JSON round-trip so that
// dataset indexes and trained model files can record exactly how their training data was made.
#pragma once

#include "common/units.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace insar::synthesis {

/// Closed interval [min, max] from which a value is drawn uniformly.
struct Range {
    double min = 0.0;
    double max = 0.0;
    friend bool operator==(const Range&, const Range&) = default;
};

/// Geographic box in degrees (WGS84 lon/lat); samples are drawn with their whole window inside it.
struct RegionBox {
    double lonMinDeg = 0.0;
    double lonMaxDeg = 0.0;
    double latMinDeg = 0.0;
    double latMaxDeg = 0.0;
    friend bool operator==(const RegionBox&, const RegionBox&) = default;
};

/// The poster's regions: training 54E-120E 26N-37N, validation 120W-100W 37N-46N,
/// test 70E-110E 40N-50N; Custom keeps whatever box the config holds.
enum class RegionPreset { Train, Validation, Test, Custom };

RegionBox regionForPreset(RegionPreset preset);                       // Custom returns the training box
std::string regionPresetName(RegionPreset preset);                    // "train", "val", "test", "custom"
std::optional<RegionPreset> parseRegionPreset(std::string_view text); // also "validation", "training"

/// Float: LOS metres. EightBit: per sample 0-255 (poster), one shared offset/scale for the input
/// and reference of a sample so that metres = offset + scale * byte.
enum class Normalisation { Float, EightBit };
std::string normalisationName(Normalisation n); // "float", "8bit"
std::optional<Normalisation> parseNormalisation(std::string_view text);

struct SynthesisConfig {
    // --- grid ---
    int sampleSize = 300;            // pixels per side (square samples)
    double pixelSpacingArcsec = 5.5; // poster: 5.5 arcsec (~170 m at the equator)

    // --- region and relief of the built-in fractal DEM (used when no real DEM is attached) ---
    RegionPreset regionPreset = RegionPreset::Train;
    RegionBox region = regionForPreset(RegionPreset::Train);
    Range demBaseHeightM{1000.0, 4000.0}; // mean terrain height of a window
    Range demReliefStdM{200.0, 900.0};    // standard deviation of the fractal relief
    double demSpectralSlope = 3.4;        // radial PSD slope of the fractal DEM (D = (8-slope)/2 ~ 2.3)

    // --- sensor and viewing geometry (docs/physics.md §2.2-2.3) ---
    Sensor sensor = Sensor::Alos2Palsar2;
    double wavelengthM = 0.2384035; // used when sensor == Custom; else derived from sensor
    Range incidenceDeg{30.0, 45.0};
    Range ascendingHeadingDeg{-15.0, -9.0}; // descending heading = -180 - ascending heading
    double descendingFraction = 0.5;        // probability of a descending geometry

    // --- turbulent delay (docs/physics.md §3; Hanssen three regimes, 1-D slopes) ---
    Range turbulenceStdM{0.003, 0.02};        // LOS standard deviation of the screen
    double turbulenceSlopeLarge = 5.0 / 3.0;  // 1-D slope for scales between outer scale and breakLarge
    double turbulenceSlopeMiddle = 8.0 / 3.0; // 1-D slope between breakLarge and breakSmall
    double turbulenceSlopeSmall = 2.0 / 3.0;  // 1-D slope below breakSmall
    double turbulenceBreakLargeKm = 1.5;
    double turbulenceBreakSmallKm = 0.25;
    double turbulenceOuterScaleKm = 50.0; // spectrum is flat for wavelengths longer than this

    // --- stratified delay (docs/physics.md §4: UNB3m + anomalies, Saastamoinen, Askne-Nordius, ITD) ---
    double pressureAnomalyStdHpa = 4.0; // per epoch, Gaussian, on top of UNB3m
    double temperatureAnomalyStdK = 3.0;
    double humidityAnomalyStdPct = 12.0;  // relative humidity, clipped to [5, 100] %
    Range stratifiedScale{1.0, 1.0};      // extra multiplier drawn per sample (1 = physical)
    Range epochIntervalDays{12.0, 365.0}; // time between the two acquisitions

    // --- orbital ramp (docs/physics.md §5) ---
    Range rampPeakToPeakM{0.0, 0.05}; // peak-to-peak LOS across the scene

    // --- mixing y = x + w e (poster) ---
    Range weight{0.6, 1.2};

    // --- deformation sources (scenario.h documents the draws) ---
    int minSources = 1;
    int maxSources = 3;
    double okadaFraction = 0.6;    // probability that a source is an Okada fault (else Mogi)
    double tensileFraction = 0.15; // of Okada sources: dike/sill opening instead of slip
    Range magnitudeMw{5.0, 6.8};   // faults; L, W, slip from Wells & Coppersmith (1994)
    Range faultTopDepthKm{0.5, 10.0};
    Range dipDeg{15.0, 90.0};
    Range openingM{0.2, 2.0}; // tensile sources
    Range mogiDepthKm{1.0, 10.0};
    Range mogiLog10VolumeM3{5.0, 7.3}; // |dV|, sign drawn 50/50 (inflation / deflation)
    double poissonRatio = 0.25;
    /// Okada is evaluated on nodes at most every `deformationStride` pixels (and at most a third
    /// of the fault's top depth apart) and interpolated with cubics between (scenario.h);
    /// 1 = exact at every pixel. 4 keeps the error at ~1e-3 of the signal and is ~10x faster.
    int deformationStride = 4;

    Normalisation normalisation = Normalisation::Float;

    /// Carrier wavelength actually used (sensor's, or wavelengthM for Custom).
    double effectiveWavelengthM() const;
    /// Sets region and DEM relief from a preset (Custom only changes regionPreset).
    void applyPreset(RegionPreset preset);
    /// Throws insar::Error naming the offending field when a value is out of its domain.
    void validate() const;

    nlohmann::json toJson() const;
    /// Missing keys keep their defaults; wrong types or invalid values throw insar::Error.
    static SynthesisConfig fromJson(const nlohmann::json& j);
};

} // namespace insar::synthesis
