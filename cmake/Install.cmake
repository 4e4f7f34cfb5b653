# What `cmake --install build [--prefix P]` puts where (DESTDIR works; any prefix: the program finds
# its helper and index relative to itself, host/paths/shipped_files.hpp):
#   bin/coolpapers                              the program and native-messaging host
#   libexec/coolpapers/coolpapers-pdf           the PDF helper (not on PATH)
#   libexec/coolpapers/coolpapers-pdf-fetch     its download part (`coolpapers-pdf fetch` runs it)
#   share/coolpapers/title-index.bin            the offline title index
#   share/coolpapers/extension/unpacked/        the extension, loadable as it is (its "key" fixes the id)
#   share/coolpapers/extension/*.zip            the Chrome Web Store and Firefox zips
#   share/doc/coolpapers/                       README, PROTOCOL, NOTICE, licence
#   share/man/man1/coolpapers.1.gz, share/bash-completion/completions/coolpapers
# With COOLPAPERS_DEB_PACKAGE (tools/package.sh) also the system-wide browser registrations and
# the Debian package description (cmake/DebianPackage.cmake).

# Installed files are world-readable whatever the umask of whoever builds.
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

install(TARGETS coolpapers RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS coolpapers-pdf coolpapers-pdf-fetch RUNTIME DESTINATION ${COOLPAPERS_LIBEXEC_SUBDIR})
install(FILES ${COOLPAPERS_TITLE_INDEX_DATA} DESTINATION ${COOLPAPERS_DATA_SUBDIR})

# The extension zips, made at build time by the same script as `cmake -P tools/package-extension.cmake`.
file(READ ${PROJECT_SOURCE_DIR}/extension/manifest.json extension_manifest)
string(JSON COOLPAPERS_EXTENSION_VERSION GET "${extension_manifest}" version)
file(GLOB_RECURSE extension_files CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/extension/*)
set(extension_zip_dir ${PROJECT_BINARY_DIR}/extension-zips)
set(extension_zips
    ${extension_zip_dir}/cool-papers-router-${COOLPAPERS_EXTENSION_VERSION}-chrome.zip
    ${extension_zip_dir}/cool-papers-router-${COOLPAPERS_EXTENSION_VERSION}-firefox.zip)
add_custom_command(
  OUTPUT ${extension_zips}
  COMMAND ${CMAKE_COMMAND} -DDIST=${extension_zip_dir} -P ${PROJECT_SOURCE_DIR}/tools/package-extension.cmake
  DEPENDS ${extension_files} ${PROJECT_SOURCE_DIR}/tools/package-extension.cmake
  COMMENT "Packaging the extension (Chrome and Firefox zips)")
add_custom_target(coolpapers_extension_zips ALL DEPENDS ${extension_zips})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/extension/ DESTINATION ${COOLPAPERS_DATA_SUBDIR}/extension/unpacked)
install(FILES ${extension_zips} DESTINATION ${COOLPAPERS_DATA_SUBDIR}/extension)

# Man page (version filled in, compressed as Debian wants it) and bash completion.
configure_file(${PROJECT_SOURCE_DIR}/data/man/coolpapers.1 ${PROJECT_BINARY_DIR}/man/coolpapers.1 @ONLY)
add_custom_command(
  OUTPUT ${PROJECT_BINARY_DIR}/man/coolpapers.1.gz
  COMMAND gzip -9 -n -f -k ${PROJECT_BINARY_DIR}/man/coolpapers.1
  DEPENDS ${PROJECT_BINARY_DIR}/man/coolpapers.1)
add_custom_target(coolpapers_man ALL DEPENDS ${PROJECT_BINARY_DIR}/man/coolpapers.1.gz)
install(FILES ${PROJECT_BINARY_DIR}/man/coolpapers.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${PROJECT_SOURCE_DIR}/data/completion/coolpapers DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)

install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/host/nm/PROTOCOL.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES ${PROJECT_SOURCE_DIR}/data/title-index/NOTICE DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME NOTICE.title-index)

option(COOLPAPERS_DEB_PACKAGE "Configure the Debian package (tools/package.sh): system-wide registrations, CPack DEB" OFF)
if(COOLPAPERS_DEB_PACKAGE)
  include(${CMAKE_CURRENT_LIST_DIR}/DebianPackage.cmake)
else()
  # Debian has the GPL in /usr/share/common-licenses (its copyright file points there).
  install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR})
endif()
