# Registers the program-level tests with ctest: the golden programs under tests/programs and the shared QM
# conformance suite in ../shared/conformance. Included from tests/CMakeLists.txt after the mvbasic target
# exists:
#   include(${CMAKE_CURRENT_SOURCE_DIR}/conformance.cmake)
#
#   golden.<path>               tests/programs/<path>.b (or <path>/MAIN.b) against <path>.out, run by
#                               scripts/run-golden.sh; <path> has '/' replaced by '.'
#   conformance.<area>          every lang area and sockets: every program must pass
#
# Every one of these tests gets XDG_CACHE_HOME inside the build tree, so that two build trees (release and
# sanitizer) never share cached bytecode with each other or with the user's own cache.

set(MV_SCRIPTS_DIR ${PROJECT_SOURCE_DIR}/scripts)
set(MV_TEST_ENVIRONMENT "XDG_CACHE_HOME=${CMAKE_BINARY_DIR}/test-cache")

# Golden programs: one test per NAME.out whose program is NAME.b or NAME/MAIN.b.
set(MV_PROGRAMS_DIR ${CMAKE_CURRENT_LIST_DIR}/programs)
file(GLOB_RECURSE MV_GOLDEN_OUTPUTS CONFIGURE_DEPENDS ${MV_PROGRAMS_DIR}/*.out)
list(SORT MV_GOLDEN_OUTPUTS)
foreach(mv_out IN LISTS MV_GOLDEN_OUTPUTS)
  string(REGEX REPLACE "\\.out$" "" mv_base "${mv_out}")
  if(EXISTS "${mv_base}/MAIN.b")
    set(mv_program "${mv_base}")
  elseif(EXISTS "${mv_base}.b")
    set(mv_program "${mv_base}.b")
  else()
    continue()
  endif()
  file(RELATIVE_PATH mv_rel "${MV_PROGRAMS_DIR}" "${mv_base}")
  string(REPLACE "/" "." mv_name "${mv_rel}")
  add_test(NAME golden.${mv_name}
           COMMAND bash ${MV_SCRIPTS_DIR}/run-golden.sh --mvbasic $<TARGET_FILE:mvbasic> ${mv_program})
  set_tests_properties(golden.${mv_name} PROPERTIES
                       LABELS golden TIMEOUT 120 ENVIRONMENT "${MV_TEST_ENVIRONMENT}")
endforeach()

# The shared conformance suite sits beside the repository, as ../shared/conformance.
get_filename_component(MV_CONFORMANCE_DIR "${PROJECT_SOURCE_DIR}/../shared/conformance" ABSOLUTE)
if(NOT EXISTS "${MV_CONFORMANCE_DIR}/run.sh")
  message(STATUS "conformance: ${MV_CONFORMANCE_DIR}/run.sh not found; conformance tests are not registered")
  return()
endif()

# Every area must pass 100%: the language areas (issues 2 and 5) and sockets (issue 3).
foreach(mv_area IN ITEMS lang/numbers lang/strings lang/dynarray lang/control lang/conv lang/misc
                         lang/subroutines lang/legacy sockets)
  get_filename_component(mv_name ${mv_area} NAME)
  if(NOT IS_DIRECTORY "${MV_CONFORMANCE_DIR}/${mv_area}")
    message(WARNING "conformance: required area ${MV_CONFORMANCE_DIR}/${mv_area} is missing")
    continue()
  endif()
  add_test(NAME conformance.${mv_name}
           COMMAND bash ${MV_SCRIPTS_DIR}/conformance-report.sh --required
                   --run ${MV_CONFORMANCE_DIR}/run.sh --mvbasic $<TARGET_FILE:mvbasic> --area ${mv_name}
                   ${MV_CONFORMANCE_DIR}/${mv_area})
  set_tests_properties(conformance.${mv_name} PROPERTIES
                       LABELS conformance TIMEOUT 400 ENVIRONMENT "${MV_TEST_ENVIRONMENT}")
endforeach()
