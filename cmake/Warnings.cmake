# Strict warnings for the project's own targets only (third-party sources keep their own flags).
function(evb_strict_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Werror)
endfunction()
