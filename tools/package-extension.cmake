# Packages extension/ (loadable unpacked as it is) into two zips, without Node:
#   <DIST>/cool-papers-router-<version>-chrome.zip   for the Chrome Web Store (no "key": the store
#                                                   assigns the id and refuses the field)
#   <DIST>/cool-papers-router-<version>-firefox.zip  the same files; manifest with the gecko id and
#                                                   background.scripts (Firefox has no service worker)
# Both come from the one source tree; only manifest.json differs. Reproducible: sorted entries,
# fixed mtimes and modes. Needs Debian's zip (tools/install-deps.sh).
#   cmake -D DIST=dist -P tools/package-extension.cmake        (DIST defaults to <repo>/dist)
cmake_minimum_required(VERSION 3.25)

get_filename_component(repo "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)
set(src "${repo}/extension")
if(NOT DEFINED DIST)
  set(DIST "${repo}/dist")
endif()
get_filename_component(DIST "${DIST}" ABSOLUTE)
# The id Firefox knows the extension by: the host's installer lists it in allowed_extensions
# (host/install/browsers.hpp kFirefoxExtensionId).
set(gecko_id "cool-papers-router@coolpapers")

file(READ "${src}/manifest.json" source_manifest)
string(JSON version GET "${source_manifest}" version)

# Every file of the tree but hidden ones, sorted so the archive does not depend on the file system.
file(GLOB_RECURSE files RELATIVE "${src}" "${src}/*")
list(FILTER files EXCLUDE REGEX "(^|/)\\.")
list(SORT files)

function(remove_member json_var)
  string(JSON type ERROR_VARIABLE missing TYPE "${${json_var}}" ${ARGN})
  if(NOT missing)
    string(JSON ${json_var} REMOVE "${${json_var}}" ${ARGN})
  endif()
  set(${json_var} "${${json_var}}" PARENT_SCOPE)
endfunction()

set(chrome_manifest "${source_manifest}")
remove_member(chrome_manifest key)

# Firefox runs the background page's scripts: the source's background.scripts when it lists them,
# else its service worker as the one script.
set(firefox_manifest "${chrome_manifest}")
remove_member(firefox_manifest minimum_chrome_version)
string(JSON scripts_type ERROR_VARIABLE no_scripts TYPE "${firefox_manifest}" background scripts)
if(no_scripts)
  string(JSON worker GET "${firefox_manifest}" background service_worker)
  string(JSON firefox_manifest SET "${firefox_manifest}" background scripts "[\"${worker}\"]")
endif()
remove_member(firefox_manifest background service_worker)
string(JSON settings_type ERROR_VARIABLE no_settings TYPE "${firefox_manifest}" browser_specific_settings)
if(no_settings)
  string(JSON firefox_manifest SET "${firefox_manifest}" browser_specific_settings
         "{\"gecko\": {\"id\": \"${gecko_id}\", \"strict_min_version\": \"128.0\"}}")
endif()

function(write_zip flavour manifest)
  set(stage "${DIST}/.stage-${flavour}")
  file(REMOVE_RECURSE "${stage}")
  foreach(f IN LISTS files)
    if(f STREQUAL "manifest.json")
      file(WRITE "${stage}/${f}" "${manifest}\n")
    else()
      configure_file("${src}/${f}" "${stage}/${f}" COPYONLY)
    endif()
  endforeach()
  set(out "${DIST}/cool-papers-router-${version}-${flavour}.zip")
  file(REMOVE "${out}")
  # Same bytes on every run: fixed modes and mtimes (TZ=UTC: a zip stores local DOS times), and
  # zip -X leaves out the extra fields with owner and access/change times. (CMake's own
  # `cmake -E tar --format=zip` writes the staging files' change times, which differ per run.)
  file(GLOB_RECURSE staged "${stage}/*")
  file(CHMOD ${staged} PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
  execute_process(
    COMMAND ${CMAKE_COMMAND} -E env TZ=UTC touch -d "1980-01-02 00:00:00" -- ${files}
    WORKING_DIRECTORY "${stage}" RESULT_VARIABLE touch_failed)
  if(NOT touch_failed)
    execute_process(
      COMMAND ${CMAKE_COMMAND} -E env TZ=UTC zip -X -D -9 -q "${out}" ${files}
      WORKING_DIRECTORY "${stage}" RESULT_VARIABLE zip_failed)
  endif()
  file(REMOVE_RECURSE "${stage}")
  if(touch_failed OR zip_failed)
    message(FATAL_ERROR "could not write ${out}")
  endif()
  list(LENGTH files count)
  message(STATUS "${out}: ${count} files")
endfunction()

file(MAKE_DIRECTORY "${DIST}")
write_zip(chrome "${chrome_manifest}")
write_zip(firefox "${firefox_manifest}")
