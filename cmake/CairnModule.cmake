# cairn_module(NAME SOURCES ... DEPS ... [PRIVATE_DEPS ...])
# Declares src/core/<NAME> as its own static library, cairn_<NAME>. A module sees only the
# headers of the modules it names in DEPS, so an include that crosses the layering fails to build.
function(cairn_module name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS;PRIVATE_DEPS" ${ARGN})
  add_library(cairn_${name} STATIC ${ARG_SOURCES})
  add_library(cairn::${name} ALIAS cairn_${name})
  # Headers are included as "<module>/<file>.h" from the module's parent, but each module only
  # gets its own folder on the path through a staged include directory.
  set(stage ${CMAKE_BINARY_DIR}/include-stage/${name})
  file(MAKE_DIRECTORY ${stage})
  file(CREATE_LINK ${CMAKE_CURRENT_SOURCE_DIR} ${stage}/${name} SYMBOLIC)
  target_include_directories(cairn_${name} PUBLIC ${stage})
  target_link_libraries(cairn_${name} PUBLIC ${ARG_DEPS} PRIVATE cairn_warnings ${ARG_PRIVATE_DEPS})
endfunction()
