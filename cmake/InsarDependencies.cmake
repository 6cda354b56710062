# Finds the third-party packages. Everything comes from Debian packages; a CUDA LibTorch
# can be given with -DTorch_DIR=/path/to/libtorch/share/cmake/Torch.
find_package(Threads REQUIRED)
find_package(Torch REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(FFTW3F REQUIRED IMPORTED_TARGET fftw3f)
pkg_check_modules(FFTW3F_THREADS IMPORTED_TARGET fftw3f_threads)
find_package(Eigen3 3.3 REQUIRED NO_MODULE)
find_package(nlohmann_json 3 REQUIRED)
find_package(CLI11 CONFIG QUIET)
if(NOT CLI11_FOUND)
    find_path(CLI11_INCLUDE_DIR CLI/CLI.hpp REQUIRED)
    add_library(CLI11::CLI11 INTERFACE IMPORTED)
    target_include_directories(CLI11::CLI11 INTERFACE ${CLI11_INCLUDE_DIR})
endif()

if(NOT INSAR_HEADLESS)
    find_package(GDAL CONFIG QUIET)
    if(NOT GDAL_FOUND)
        find_package(GDAL REQUIRED)
    endif()
    # SHA-256 of model files in correction provenance (core/pipeline).
    pkg_check_modules(NETTLE REQUIRED IMPORTED_TARGET nettle)
    find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Charts Concurrent PrintSupport Test LinguistTools)
    find_package(QCustomPlotQt6 QUIET)
    if(NOT QCustomPlotQt6_FOUND)
        find_library(QCUSTOMPLOT_LIB NAMES qcustomplot-qt6 qcustomplotqt6 REQUIRED)
        find_path(QCUSTOMPLOT_INCLUDE qcustomplot.h REQUIRED)
        add_library(QCustomPlotQt6::QCustomPlotQt6 UNKNOWN IMPORTED)
        set_target_properties(QCustomPlotQt6::QCustomPlotQt6 PROPERTIES
            IMPORTED_LOCATION ${QCUSTOMPLOT_LIB}
            INTERFACE_INCLUDE_DIRECTORIES ${QCUSTOMPLOT_INCLUDE}
            INTERFACE_LINK_LIBRARIES "Qt6::Widgets;Qt6::PrintSupport")
    endif()
endif()

find_package(benchmark QUIET)
