# The mandarin stage and its compiled lexicon (see voices/README.md).
tb_stage(mandarin tb_core m)

# The committed text lexicon (voices/lexicon/*.txt, made by scripts/lexicon/convert.py from
# packaged data) is compiled into the binary file the library maps into memory.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
set(TB_LEXICON_SOURCES
  "${PROJECT_SOURCE_DIR}/voices/lexicon/chars.txt"
  "${PROJECT_SOURCE_DIR}/voices/lexicon/words.txt"
  "${PROJECT_SOURCE_DIR}/voices/lexicon/t2s.txt"
  "${PROJECT_SOURCE_DIR}/voices/lexicon/model.txt"
  "${PROJECT_SOURCE_DIR}/voices/lexicon/rules_manual.txt"
  "${PROJECT_SOURCE_DIR}/voices/lexicon/names.txt")
add_custom_command(
  OUTPUT "${TB_LEXICON_FILE}"
  COMMAND Python3::Interpreter "${PROJECT_SOURCE_DIR}/scripts/lexicon/compile.py"
          "${PROJECT_SOURCE_DIR}/voices/lexicon" "${TB_LEXICON_FILE}"
  DEPENDS ${TB_LEXICON_SOURCES} "${PROJECT_SOURCE_DIR}/scripts/lexicon/compile.py"
  COMMENT "Compiling the Mandarin lexicon"
  VERBATIM)
add_custom_target(tb_lexicon DEPENDS "${TB_LEXICON_FILE}")
