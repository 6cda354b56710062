# Instrumented builds.
#   INSAR_SANITIZE=ON (the `asan` preset): AddressSanitizer + UndefinedBehaviorSanitizer over our
#     code, and every CTest test runs with the options and suppression files of cmake/sanitizers/.
#   INSAR_FUZZ=ON (clang only, build/fuzz): the same sanitizers plus libFuzzer coverage, and the
#     fuzz targets of tests/fuzz.
# LibTorch, Qt and GDAL come from Debian uninstrumented: the suppressions name only what those
# libraries do on their own, never our code (see cmake/sanitizers/README.md).
option(INSAR_SANITIZE "Build with AddressSanitizer + UndefinedBehaviorSanitizer" OFF)
option(INSAR_FUZZ "Build the libFuzzer targets of tests/fuzz (needs clang)" OFF)

set(INSAR_SANITIZER_DIR ${CMAKE_CURRENT_LIST_DIR}/sanitizers)
set(INSAR_SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=undefined
    -fno-omit-frame-pointer)

if(INSAR_FUZZ AND NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(WARNING "INSAR_FUZZ needs clang (libFuzzer); configure with CXX=clang++. Fuzz targets off.")
    set(INSAR_FUZZ OFF CACHE BOOL "" FORCE)
endif()

if(INSAR_FUZZ)
    add_compile_options(-fsanitize=fuzzer-no-link ${INSAR_SANITIZER_FLAGS})
    add_link_options(-fsanitize=address,undefined)
elseif(INSAR_SANITIZE)
    add_compile_options(${INSAR_SANITIZER_FLAGS})
    add_link_options(-fsanitize=address,undefined)
endif()

# Environment for tests of a sanitized build (empty otherwise); insar_add_test adds it.
set(INSAR_SANITIZER_TEST_ENV)
if(INSAR_SANITIZE OR INSAR_FUZZ)
    file(READ ${INSAR_SANITIZER_DIR}/asan_options.txt _asan)
    string(STRIP "${_asan}" _asan)
    string(REGEX REPLACE "#[^\n]*\n" "" _asan "${_asan}\n")
    string(REGEX REPLACE "[ \t\r\n]+" ":" _asan "${_asan}")
    string(REGEX REPLACE "^:|:$" "" _asan "${_asan}")
    set(INSAR_SANITIZER_TEST_ENV
        "ASAN_OPTIONS=${_asan}"
        "LSAN_OPTIONS=suppressions=${INSAR_SANITIZER_DIR}/lsan.supp:print_suppressions=0"
        "UBSAN_OPTIONS=suppressions=${INSAR_SANITIZER_DIR}/ubsan.supp:print_stacktrace=1:halt_on_error=1")
endif()
