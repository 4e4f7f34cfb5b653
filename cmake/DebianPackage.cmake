# The Debian package (tools/package.sh → dist/coolpapers_<version>_<arch>.deb), included from
# cmake/Install.cmake when COOLPAPERS_DEB_PACKAGE is on (with CMAKE_INSTALL_PREFIX=/usr).
#
# It registers the host for every user, pointing at the installed binary: the Chrome-family
# manifest is one file in share/coolpapers/native-messaging-hosts/, and each browser's /etc
# directory holds a symbolic link to it (Brave reads Chrome's /etc/opt/chrome); Firefox's is a file
# in /usr/lib/mozilla/native-messaging-hosts/. All are files of the package, not conffiles: dpkg
# removes exactly them on remove and purge, and replaces them on upgrade.

# The project's identity; it has no mail address yet, and .invalid (RFC 2606) can never reach anyone.
# README ("Reporting a problem") sends people to the issue tracker instead.
set(COOLPAPERS_MAINTAINER "Cool Papers Router maintainers <maintainers@coolpapers.invalid>")

# The manifests, from the same templates the installer embeds.
function(coolpapers_system_manifest template output)
  set(NAME ${COOLPAPERS_HOST_NAME})
  set(PATH ${CMAKE_INSTALL_FULL_BINDIR}/coolpapers)
  set(ORIGINS "[\"${ARGN}\"]")
  configure_file(${PROJECT_SOURCE_DIR}/manifest/${template} ${output} @ONLY)
endfunction()
set(system_dir ${PROJECT_BINARY_DIR}/system-registration)
set(manifest_file ${COOLPAPERS_HOST_NAME}.json)
coolpapers_system_manifest(chrome.json.in ${system_dir}/chrome/${manifest_file}
                           "chrome-extension://${COOLPAPERS_CHROME_EXTENSION_ID}/")
coolpapers_system_manifest(firefox.json.in ${system_dir}/firefox/${manifest_file} "${COOLPAPERS_FIREFOX_EXTENSION_ID}")
set(chrome_manifest_dir ${COOLPAPERS_DATA_SUBDIR}/native-messaging-hosts)
install(FILES ${system_dir}/chrome/${manifest_file} DESTINATION ${chrome_manifest_dir})
install(FILES ${system_dir}/firefox/${manifest_file} DESTINATION lib/mozilla/native-messaging-hosts)
# Same directories as host/install/browsers.cpp (Scope::system).
foreach(etc_dir chromium opt/chrome opt/edge opt/vivaldi)
  file(MAKE_DIRECTORY ${system_dir}/etc/${etc_dir}/native-messaging-hosts)
  file(CREATE_LINK ${CMAKE_INSTALL_PREFIX}/${chrome_manifest_dir}/${manifest_file}
       ${system_dir}/etc/${etc_dir}/native-messaging-hosts/${manifest_file} SYMBOLIC)
endforeach()
install(DIRECTORY ${system_dir}/etc/ DESTINATION /etc)

# Chrome, Edge and Vivaldi read system-wide hosts only from /etc/opt/<browser>/, which Debian policy
# reserves for packages in /opt: lintian's error for that is overridden, with this reason.
file(WRITE ${system_dir}/lintian-overrides
  "# Chrome, Edge and Vivaldi (and Brave) read system-wide native-messaging hosts only from /etc/opt/<browser>/.\n"
  "coolpapers: dir-or-file-in-etc-opt\n")
install(FILES ${system_dir}/lintian-overrides DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME coolpapers)

# Debian's documentation files: the copyright (GPL text in /usr/share/common-licenses) and a changelog.
install(FILES ${PROJECT_SOURCE_DIR}/tools/debian/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR})
configure_file(${PROJECT_SOURCE_DIR}/tools/debian/changelog.in ${system_dir}/changelog @ONLY)
add_custom_command(
  OUTPUT ${system_dir}/changelog.gz
  COMMAND gzip -9 -n -f -k ${system_dir}/changelog
  DEPENDS ${system_dir}/changelog)
add_custom_target(coolpapers_debian_changelog ALL DEPENDS ${system_dir}/changelog.gz)
install(FILES ${system_dir}/changelog.gz DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME coolpapers)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${COOLPAPERS_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "paper ids, links and PDFs to papers.cool pages")
# The extended description (CPack puts the summary above it and indents each line).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "coolpapers finds paper ids (arXiv, OpenReview, ACL Anthology, IJCAI, PMLR) in
any text, reads PDFs, and prints the matching Cool Papers (papers.cool) pages.
It is also the native-messaging host of the Cool Papers Router browser
extension, registered for Chromium, Chrome, Edge, Brave, Vivaldi and Firefox.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # coolpapers_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# No Homepage: papers.cool is the service the tool links to, not this project (nor the place to report bugs).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)  # Depends computed by dpkg-shlibdeps
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_STRIP_FILES ON)
set(CPACK_OUTPUT_FILE_PREFIX ${PROJECT_BINARY_DIR}/package)
include(CPack)
