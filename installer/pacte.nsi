; Windows installer of Pacte Desktop (NSIS 3, Unicode): installer/README.md tells how to build it.
;
; The rules:
; - Per user, without administrator rights: RequestExecutionLevel user, installed by default in
;   %LOCALAPPDATA%\Programs\Pacte Desktop, shortcuts and the "Apps" entry in the user's own
;   Start menu and registry (HKCU). A caseworker installs it on a locked-down laptop.
; - The files are the PyInstaller bundle as built (`File /r` of the folder given by BUNDLE), so
;   the list never drifts from the spec; before compiling, the script checks that the bundle has
;   both programs and every resource folder of installer/pacte.spec (the same list, checked by
;   tests/core/test_installer.py), and stops with a message naming what is missing.
; - No file associations, nothing started at log-in, no service.
; - The uninstaller removes the program only. The data folder (the store, its backups, the log,
;   %LOCALAPPDATA%\Pacte\pacte-desktop) is kept, and the uninstaller says so before and after.
; - Installer and uninstaller speak French, Dutch or English (the system's language, asked once).
;
; Build: makensis /DBUNDLE=dist\pacte-desktop /DVERSION=0.1.0 [/DOUTFILE=...] installer\pacte.nsi

Unicode true
SetCompressor /SOLID lzma
RequestExecutionLevel user
ManifestDPIAware true

!ifndef BUNDLE
  !error "Give the bundle folder: makensis /DBUNDLE=dist\pacte-desktop installer\pacte.nsi"
!endif
!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef OUTFILE
  !define OUTFILE "pacte-desktop-${VERSION}-windows-x64-setup.exe"
!endif

!define APP_NAME "Pacte Desktop"
!define APP_EXE "pacte-desktop.exe"
!define CLI_EXE "pacte.exe"
!define INTERNAL "_internal"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\PacteDesktop"
!define SETTINGS_KEY "Software\Pacte\Pacte Desktop"
; Where the application keeps its data (platformdirs.user_data_dir("pacte-desktop", "Pacte")).
!define DATA_DIR "$LOCALAPPDATA\Pacte\pacte-desktop"

; ---- The bundle must be complete before anything is compiled ----------------------------------
!macro REQUIRE path
  !if ! /FileExists "${BUNDLE}\${path}"
    !error "The bundle ${BUNDLE} has no ${path}: build it with installer/pacte.spec first"
  !endif
!macroend
!insertmacro REQUIRE "${APP_EXE}"
!insertmacro REQUIRE "${CLI_EXE}"
; Resource folders: the same list as RESOURCE_FOLDERS in installer/pacte.spec.
!insertmacro REQUIRE "${INTERNAL}\pacte_desktop\resources\i18n\*"
!insertmacro REQUIRE "${INTERNAL}\pacte_desktop\resources\fonts\*"
!insertmacro REQUIRE "${INTERNAL}\pacte_desktop\resources\icons\*"
!insertmacro REQUIRE "${INTERNAL}\pacte_desktop\resources\guide\*"
!insertmacro REQUIRE "${INTERNAL}\pacte_desktop\store\migrations\*"
!define ICON "${BUNDLE}\${INTERNAL}\pacte_desktop\resources\icons\pacte.ico"
!insertmacro REQUIRE "${INTERNAL}\pacte_desktop\resources\icons\pacte.ico"
; The interface's icon set: the files of QTAWESOME_FONTS in installer/pacte.spec.
!insertmacro REQUIRE "${INTERNAL}\qtawesome\fonts\phosphor-1.3.0.ttf"
!insertmacro REQUIRE "${INTERNAL}\qtawesome\fonts\phosphor-charmap-1.3.0.json"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${SETTINGS_KEY}" "InstallDir"
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} installer"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "EUPL-1.2"

; ---- Pages and languages ----------------------------------------------------------------------
!include "MUI2.nsh"
!include "FileFunc.nsh"
!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_REGISTRY_ROOT "HKCU"
!define MUI_LANGDLL_REGISTRY_KEY "${SETTINGS_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "$(DataKept)"
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default when the system's is none of the three.
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "Dutch"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString DataKept ${LANG_FRENCH} "Pacte Desktop sera retiré de cet ordinateur. Vos données (la base, ses sauvegardes, le journal) sont conservées dans ${DATA_DIR} : une nouvelle installation les retrouvera. Pour les effacer aussi, supprimez ce dossier vous-même."
LangString DataKept ${LANG_DUTCH} "Pacte Desktop wordt van deze computer verwijderd. Uw gegevens (de databank, de back-ups, het logboek) blijven bewaard in ${DATA_DIR}: een nieuwe installatie vindt ze terug. Om ook die te wissen, verwijdert u die map zelf."
LangString DataKept ${LANG_ENGLISH} "Pacte Desktop will be removed from this computer. Your data (the store, its backups, the log) is kept in ${DATA_DIR}: a new installation will find it again. To erase it too, delete that folder yourself."
LangString DataKeptDone ${LANG_FRENCH} "Pacte Desktop a été désinstallé. Vos données sont conservées dans ${DATA_DIR}."
LangString DataKeptDone ${LANG_DUTCH} "Pacte Desktop is verwijderd. Uw gegevens blijven bewaard in ${DATA_DIR}."
LangString DataKeptDone ${LANG_ENGLISH} "Pacte Desktop has been uninstalled. Your data is kept in ${DATA_DIR}."
LangString StillRunning ${LANG_FRENCH} "Pacte Desktop est ouvert. Fermez-le, puis cliquez sur OK."
LangString StillRunning ${LANG_DUTCH} "Pacte Desktop is geopend. Sluit het en klik dan op OK."
LangString StillRunning ${LANG_ENGLISH} "Pacte Desktop is open. Close it, then click OK."

; ---- Install ----------------------------------------------------------------------------------
Function .onInit
  SetShellVarContext current
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Section "Pacte Desktop" SecMain
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; The program's files are replaced while it is not running (an open store stays consistent:
  ; only the program changes).
  retry:
  ClearErrors
  Delete "$INSTDIR\${APP_EXE}"
  IfErrors 0 +3
    MessageBox MB_OKCANCEL|MB_ICONEXCLAMATION "$(StillRunning)" /SD IDCANCEL IDOK retry
    Abort
  ; A previous version's libraries go first: a file that the new bundle no longer has must not
  ; be loaded by it.
  RMDir /r "$INSTDIR\${INTERNAL}"
  File /r "${BUNDLE}\*"

  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"

  CreateDirectory "$SMPROGRAMS\${APP_NAME}"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

  ; The user's "Apps" list: name, version, icon, size, how to uninstall.
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "Pacte"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

; ---- Uninstall --------------------------------------------------------------------------------
Function un.onInit
  SetShellVarContext current
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "Uninstall"
  SetShellVarContext current
  ; The program only: never ${DATA_DIR}.
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  RMDir /r "$INSTDIR\${INTERNAL}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APP_NAME}\${APP_NAME}.lnk"
  RMDir "$SMPROGRAMS\${APP_NAME}"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${SETTINGS_KEY}"
  MessageBox MB_OK|MB_ICONINFORMATION "$(DataKeptDone)" /SD IDOK
SectionEnd
