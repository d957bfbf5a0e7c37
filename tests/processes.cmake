# Process tests: real mvbasic processes driven the way people and programs use them. The REPL runs on a
# pseudo-terminal (python3's pty module), phantoms are started, listed and stopped, licences are exhausted and
# freed (including by kill -9), and EXECUTE runs commands from a program. Included from tests/CMakeLists.txt:
#   include(${CMAKE_CURRENT_SOURCE_DIR}/processes.cmake OPTIONAL)
#
#   processes.<script>.<case>   tests/processes/<script>_test.py MVBASIC <case>
#
# Each case makes its own scratch directory with its own RUNDIR and configuration file, so cases run in
# parallel. Every wait inside a case has its own deadline; TIMEOUT is the backstop. A case exits 77 (skipped)
# when it needs work another module has not landed yet, and says which.

find_package(Python3 COMPONENTS Interpreter)
if(NOT Python3_Interpreter_FOUND)
  message(WARNING "processes: python3 not found; the process tests are not registered")
  return()
endif()

set(MV_PROCESS_TESTS_DIR ${CMAKE_CURRENT_LIST_DIR}/processes)
set(MV_PROCESS_CASES
    repl:typing repl:continuation repl:interrupt repl:interrupt_accept repl:history repl:commands repl:no_arguments
    script:pipe script:errors script:open_block script:marks script:deep_recursion
    execute:capturing execute:unknown_command
    phantom:shell phantom:tty phantom:execute phantom:missing phantom:user_numbers
    licence:system_keys licence:phantoms licence:interactive licence:serving
    handoff:descriptor handoff:clients
    cli:help_per_command cli:unknown_options cli:check_folder cli:run_folder cli:run_stdin cli:stdin_program cli:repl_commands cli:sentence_quoting cli:caret_characters cli:eval_statements cli:phantom_empty_log cli:sigterm_unix_socket cli:runtime_reports cli:execute_chain cli:repl_show_handles cli:help_topics cli:disasm_trace
    repl2:ctrl_d_block repl2:leaving_words repl2:interrupted repl2:paste_labels repl2:equate_and_common repl2:colour repl2:completion
    cli:phantom_compile_error cli:stdout_full
    query:shell query:paging query:repl_select query:index_itype)

foreach(mv_case IN LISTS MV_PROCESS_CASES)
  string(REPLACE ":" ";" mv_parts "${mv_case}")
  list(GET mv_parts 0 mv_script)
  list(GET mv_parts 1 mv_name)
  add_test(NAME processes.${mv_script}.${mv_name}
           COMMAND ${Python3_EXECUTABLE} ${MV_PROCESS_TESTS_DIR}/${mv_script}_test.py $<TARGET_FILE:mvbasic> ${mv_name}
           WORKING_DIRECTORY ${MV_PROCESS_TESTS_DIR})
  set_tests_properties(processes.${mv_script}.${mv_name} PROPERTIES
                       LABELS processes TIMEOUT 180 SKIP_RETURN_CODE 77
                       ENVIRONMENT "XDG_CACHE_HOME=${CMAKE_BINARY_DIR}/test-cache")
endforeach()
