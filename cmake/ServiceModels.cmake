# AWS's service models, from the pinned copy Debian's awscli package (the AWS CLI v2 2.9.19) installs:
# tools/gen_models.py turns botocore's data into the compact models core embeds (never committed).
set(EVB_MODEL_SERVICES events logs lambda iam sts sqs sns scheduler pipes kinesis stepfunctions cloudformation)
set(EVB_MODEL_DATA_DIR "/usr/lib/python3/dist-packages/awscli/botocore/data" CACHE PATH
  "botocore's data folder (Debian's awscli package)")
find_program(EVB_MODEL_PYTHON python3 PATHS /usr/bin NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH REQUIRED)

set(EVB_MODEL_FILES "")
foreach(service IN LISTS EVB_MODEL_SERVICES)
  file(GLOB versions LIST_DIRECTORIES true "${EVB_MODEL_DATA_DIR}/${service}/*")
  if(NOT versions)
    message(FATAL_ERROR "AWS's service model of ${service} is missing from ${EVB_MODEL_DATA_DIR}: "
      "run tools/setup.sh (it installs Debian's awscli, whose botocore data is the pinned copy of the models)")
  endif()
  list(SORT versions)
  list(GET versions -1 newest)
  foreach(file service-2.json paginators-1.json waiters-2.json)
    if(EXISTS "${newest}/${file}")
      list(APPEND EVB_MODEL_FILES "${newest}/${file}")
    endif()
  endforeach()
endforeach()

# evb_generate_models adds the command that writes OUT_CPP (and the compact JSON beside it) from the models.
function(evb_generate_models out_cpp)
  get_filename_component(folder ${out_cpp} DIRECTORY)
  add_custom_command(
    OUTPUT ${out_cpp}
    COMMAND ${EVB_MODEL_PYTHON} ${CMAKE_SOURCE_DIR}/tools/gen_models.py --data ${EVB_MODEL_DATA_DIR}
      --out ${out_cpp} --json-dir ${folder}/json ${EVB_MODEL_SERVICES}
    DEPENDS ${CMAKE_SOURCE_DIR}/tools/gen_models.py ${EVB_MODEL_FILES}
    COMMENT "Generating the service models from botocore's data"
    VERBATIM)
endfunction()

# evb_generate_unicode_table adds the command that writes OUT_CPP with tools/SCRIPT, a table read from the
# Unicode data of Debian's python3 (the Python the AWS CLI runs on); generated at build time, never committed.
function(evb_generate_unicode_table out_cpp script comment)
  get_filename_component(folder ${out_cpp} DIRECTORY)
  add_custom_command(
    OUTPUT ${out_cpp}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${folder}
    COMMAND ${EVB_MODEL_PYTHON} ${CMAKE_SOURCE_DIR}/tools/${script} ${out_cpp}
    DEPENDS ${CMAKE_SOURCE_DIR}/tools/${script}
    COMMENT "${comment}"
    VERBATIM)
endfunction()
