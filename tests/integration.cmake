# Process-level integration tests (issue 3): the bp/ socket servers started as real mvbasic processes and
# driven over loopback (IPv4, IPv6, a Unix path) by Python clients, plus fault, limit and descriptor-leak
# tests. One ctest case per tests/integration/test_*.py, labelled "integration". Every script bounds its own
# waits; under the sanitizers they are stretched by MVBASIC_TEST_SLOWDOWN.
find_package(Python3 COMPONENTS Interpreter)
if(NOT Python3_Interpreter_FOUND)
  message(STATUS "integration: no python3; the integration tests are not registered")
  return()
endif()

set(MV_INTEGRATION_DIR ${CMAKE_CURRENT_LIST_DIR}/integration)
file(GLOB MV_INTEGRATION_TESTS CONFIGURE_DEPENDS ${MV_INTEGRATION_DIR}/test_*.py)
list(SORT MV_INTEGRATION_TESTS)
if(MVBASIC_SANITIZE)
  set(MV_INTEGRATION_SLOWDOWN 4)
else()
  set(MV_INTEGRATION_SLOWDOWN 1)
endif()
foreach(mv_script IN LISTS MV_INTEGRATION_TESTS)
  get_filename_component(mv_name ${mv_script} NAME_WE)
  string(REGEX REPLACE "^test_" "" mv_name ${mv_name})
  add_test(NAME integration.${mv_name}
           COMMAND ${Python3_EXECUTABLE} ${mv_script} --mvbasic $<TARGET_FILE:mvbasic> --root ${PROJECT_SOURCE_DIR}
           WORKING_DIRECTORY ${MV_INTEGRATION_DIR})
  set_tests_properties(integration.${mv_name} PROPERTIES
                       LABELS integration
                       TIMEOUT 240
                       ENVIRONMENT "XDG_CACHE_HOME=${CMAKE_BINARY_DIR}/test-cache;MVBASIC_TEST_SLOWDOWN=${MV_INTEGRATION_SLOWDOWN};PYTHONDONTWRITEBYTECODE=1")
endforeach()
