# Strict warnings for the project's own targets only (third-party sources keep their own flags).
# GCC 12 at -O3 warns falsely inside libstdc++: -Wrestrict in std::string (GCC bug 105329) and
# -Wmaybe-uninitialized through std::optional (GCC bug 80635); both stay on for clang and Emscripten.
function(evb_strict_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Werror)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(${target} PRIVATE -Wno-restrict -Wno-maybe-uninitialized)
  endif()
endfunction()
