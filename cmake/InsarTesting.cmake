# insar_add_test(NAME name SOURCES a.cpp ... LIBS lib ... [GUI] [LABELS l ...])
# One executable per unit, registered with CTest. Core tests are plain Qt Test executables run
# without a display; GUI tests get QT_QPA_PLATFORM=offscreen; a sanitized build adds its
# ASAN/LSAN/UBSAN options (cmake/InsarSanitizers.cmake). LABELS plain-build-only keeps a test
# out of the sanitized CI run (ctest -LE plain-build-only).
function(insar_add_test)
    cmake_parse_arguments(T "GUI" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    set_target_properties(${T_NAME} PROPERTIES AUTOMOC ON)
    target_link_libraries(${T_NAME} PRIVATE ${T_LIBS} insar_test_support)
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    set(env ${INSAR_SANITIZER_TEST_ENV})
    if(T_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    if(INSAR_SANITIZE)
        math(EXPR T_TIMEOUT "${T_TIMEOUT} * 3") # instrumented code runs 2-3 times slower
    endif()
    set_tests_properties(${T_NAME} PROPERTIES ENVIRONMENT "${env}" TIMEOUT ${T_TIMEOUT}
        LABELS "${T_LABELS}")
endfunction()
