# Shared compiler settings live on one interface target that every project target links.
add_library(outreach_flags INTERFACE)
target_compile_options(outreach_flags INTERFACE -Wall -Wextra -Werror)
target_compile_definitions(outreach_flags INTERFACE QT_DISABLE_DEPRECATED_UP_TO=0x060000)
if(OUTREACH_SANITIZE)
  target_compile_options(outreach_flags INTERFACE -fsanitize=address,undefined
                                                  -fno-omit-frame-pointer
                                                  -fno-sanitize-recover=undefined)
  target_link_options(outreach_flags INTERFACE -fsanitize=address,undefined)
endif()
