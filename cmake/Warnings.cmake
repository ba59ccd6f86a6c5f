# SPDX-License-Identifier: GPL-3.0-or-later
# baseline_warnings(target): the house warning set; -Werror when BASELINE_WERROR (the ci preset) is on.
function(baseline_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                             -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wformat=2)
    if(BASELINE_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
