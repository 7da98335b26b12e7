# Writes a C++ source holding every migrations/NNN_*.sql file as a string, in order, so the schema
# ships inside the executable and can never be out of step with it.
file(GLOB files ${SOURCE_DIR}/migrations/[0-9][0-9][0-9]_*.sql)
list(SORT files)
set(body "")
foreach(f ${files})
  get_filename_component(name ${f} NAME)
  string(SUBSTRING ${name} 0 3 number)
  math(EXPR number "${number}")
  file(READ ${f} sql)
  string(APPEND body "    {${number}, \"${name}\", R\"cairnsql(${sql})cairnsql\"},\n")
endforeach()
file(WRITE ${OUTPUT}.tmp "// Generated from src/core/store/migrations/ by embed_migrations.cmake. Do not edit.\n#include \"store/migrations.h\"\n\nnamespace cairn::store {\n\nconst std::vector<Migration>& migrations() {\n    static const std::vector<Migration> all = {\n${body}    };\n    return all;\n}\n\n} // namespace cairn::store\n")
file(COPY_FILE ${OUTPUT}.tmp ${OUTPUT} ONLY_IF_DIFFERENT)
