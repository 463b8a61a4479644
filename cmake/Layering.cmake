# Enforces the project's dependency directions; configuring fails on a wrong arrow.
# - Between libraries: core <- shell <- web (evb_check_layering, over the targets' link libraries).
# - Inside a library: each folder includes only from the folders its rule names
#   (evb_check_folders, over the quoted #include lines of src/FOLDER/ and include/evb/FOLDER/).
set(EVB_LAYERS evb_core evb_shell evb_web)

# The folders of core. A rule "FOLDER: ALLOWED..." names what FOLDER's files may include besides their
# own folder: NAME is every public header of NAME (evb/NAME/...), NAME/FILE only that public header,
# NAME/* also NAME's private headers (src/NAME/...). A service reaches another service only through
# the headers named here: delivery to targets and authorisation, nothing of another service's internals.
set(EVB_CORE_FOLDER_RULES
  "common:"
  "model: common"
  "pattern: common matcher/*"
  "matcher: pattern"
  "world: common model pattern events logs lambda iam sts"
  "events: common/* pattern world world/* logs/log_store.hpp lambda/runtime.hpp iam/policy_evaluator.hpp"
  "logs: common/* world world/*"
  "lambda: common/* world world/* events/service.hpp logs/log_store.hpp iam/policy_evaluator.hpp"
  "iam: common/* world world/*"
  "sts: common world"
  "scenario: common pattern world events logs lambda iam")

# The folders of the shell: the general-purpose engines (python, jmespath, archive) know nothing of the
# CLI; the CLI knows nothing of the interpreter that runs command lines.
set(EVB_SHELL_FOLDER_RULES
  "python:"
  "archive:"
  "jmespath: python/*"
  "jq:"
  "cli: python/* jmespath/* archive/*"
  "export:"
  "interpreter: cli/* archive/* export jq/*")

function(evb_layer_index target out)
  list(FIND EVB_LAYERS ${target} index)
  set(${out} ${index} PARENT_SCOPE)
endfunction()

function(evb_check_layering)
  get_property(targets GLOBAL PROPERTY EVB_ALL_TARGETS)
  foreach(target IN LISTS targets)
    evb_layer_index(${target} own)
    get_target_property(links ${target} LINK_LIBRARIES)
    if(NOT links)
      continue()
    endif()
    foreach(link IN LISTS links)
      evb_layer_index(${link} other)
      if(link STREQUAL "evb_web")
        message(FATAL_ERROR "Layering: ${target} links evb_web, but nothing may depend on web")
      endif()
      if(own GREATER_EQUAL 0 AND other GREATER_EQUAL own)
        message(FATAL_ERROR "Layering: ${target} links ${link}; the direction is core <- shell <- web")
      endif()
    endforeach()
  endforeach()
  evb_check_folders(${CMAKE_SOURCE_DIR}/core "${EVB_CORE_FOLDER_RULES}")
  evb_check_folders(${CMAKE_SOURCE_DIR}/shell "${EVB_SHELL_FOLDER_RULES}")
endfunction()

# evb_include_allowed sets OUT to TRUE when a file of a folder whose rule allows ALLOWED may include
# the header of folder OTHER named FILE (PRIVATE tells a src/ header from a public one).
function(evb_include_allowed allowed other file private out)
  set(ok FALSE)
  if(private)
    if("${other}/*" IN_LIST allowed)
      set(ok TRUE)
    endif()
  elseif("${other}" IN_LIST allowed OR "${other}/*" IN_LIST allowed OR "${other}/${file}" IN_LIST allowed)
    set(ok TRUE)
  endif()
  set(${out} ${ok} PARENT_SCOPE)
endfunction()

# evb_check_folders checks every quoted include of LIBRARY_DIR's folders against RULES. An include
# "evb/F/x.hpp" is folder F's public header, "F/x.hpp" its private one; names of folders without a rule
# (another library's, the standard library's) are not this check's business.
function(evb_check_folders library_dir rules)
  set(folders "")
  foreach(rule IN LISTS rules)
    string(REGEX MATCH "^[a-z_]+" folder "${rule}")
    string(REGEX REPLACE "^[a-z_]+:[ ]*" "" allowed "${rule}")
    string(REPLACE " " ";" allowed "${allowed}")
    set(allowed_${folder} "${allowed}")
    list(APPEND folders ${folder})
  endforeach()
  get_filename_component(library ${library_dir} NAME)
  file(GLOB_RECURSE files ${library_dir}/src/*.cpp ${library_dir}/src/*.hpp ${library_dir}/include/evb/*.hpp)
  foreach(path IN LISTS files)
    file(RELATIVE_PATH relative ${library_dir} ${path})
    if(relative MATCHES "^(src|include/evb)/[^/]+$")
      continue()  # a file at the top of src/ or include/evb/: the library's entry points, no folder
    endif()
    string(REGEX MATCH "^(src|include/evb)/([a-z_]+)/" where "${relative}")
    set(folder "${CMAKE_MATCH_2}")
    if(folder STREQUAL "" OR NOT folder IN_LIST folders)
      message(FATAL_ERROR "Layering: ${library}/${relative} is in a folder without a rule in cmake/Layering.cmake")
    endif()
    file(STRINGS ${path} includes REGEX "^#include \"")
    foreach(line IN LISTS includes)
      string(REGEX REPLACE "^#include \"([^\"]*)\".*" "\\1" header "${line}")
      if(header MATCHES "^evb/([a-z_]+)/(.+)$")
        set(private FALSE)
      elseif(header MATCHES "^([a-z_]+)/(.+)$")
        set(private TRUE)
      else()
        continue()  # the same folder's own header
      endif()
      set(other "${CMAKE_MATCH_1}")
      set(file "${CMAKE_MATCH_2}")
      if(other STREQUAL folder OR NOT other IN_LIST folders)
        continue()
      endif()
      evb_include_allowed("${allowed_${folder}}" ${other} ${file} ${private} ok)
      if(NOT ok)
        string(REPLACE ";" " " reach "${allowed_${folder}}")
        message(FATAL_ERROR "Layering: ${library}/${relative} includes \"${header}\", but ${folder}/ may reach only "
          "\"${reach}\" (cmake/Layering.cmake)")
      endif()
    endforeach()
  endforeach()
endfunction()

# evb_register_target records a target for the layering check.
function(evb_register_target target)
  set_property(GLOBAL APPEND PROPERTY EVB_ALL_TARGETS ${target})
endfunction()
