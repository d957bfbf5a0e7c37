# Tests of the editor and shell support (issue 12): the VS Code extension under editors/vscode and the bash
# completion script. The grammar and .vsix test installs its npm tools once into the build tree (network on
# the first run only) and fails, never skips, when that install fails.
set(MV_VSCODE ${PROJECT_SOURCE_DIR}/editors/vscode)

# The committed grammar is the one scripts/gen-grammar.py writes from the current statement, built-in and
# @variable tables.
add_test(NAME editors.grammar_current COMMAND python3 ${MV_VSCODE}/scripts/gen-grammar.py --check)
set_tests_properties(editors.grammar_current PROPERTIES TIMEOUT 30 LABELS editors)

# Snapshot and assertion tests of the grammar (vscode-tmgrammar-test) and the .vsix build (@vscode/vsce).
add_test(NAME editors.vscode COMMAND bash ${MV_VSCODE}/test/run-tests.sh ${CMAKE_BINARY_DIR}/editors-vscode)
set_tests_properties(editors.vscode PROPERTIES TIMEOUT 300 LABELS editors)

# The problem matchers of package.json against real `mvbasic check` and `mvbasic run` output.
add_test(NAME editors.vscode_matcher
         COMMAND node ${MV_VSCODE}/test/matcher_test.js $<TARGET_FILE:mvbasic> ${CMAKE_BINARY_DIR}/editors-matcher)
set_tests_properties(editors.vscode_matcher PROPERTIES TIMEOUT 60 LABELS editors
                     ENVIRONMENT "XDG_CACHE_HOME=${CMAKE_BINARY_DIR}/test-cache")

# The bash completion script, sourced into bash and driven through COMP_WORDS and COMP_CWORD.
add_test(NAME editors.bash_completion
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/completion_test.sh ${PROJECT_SOURCE_DIR}/editors/bash/mvbasic)
set_tests_properties(editors.bash_completion PROPERTIES TIMEOUT 60 LABELS editors)

# extension.js against a stand-in for the vscode module: what check-on-save, the commands and the task
# provider ask VS Code to run.
add_test(NAME editors.vscode_extension COMMAND node ${MV_VSCODE}/test/extension_test.js)
set_tests_properties(editors.vscode_extension PROPERTIES TIMEOUT 30 LABELS editors)
