; egov_desktop installer: 64-bit, Unicode, Vietnamese first (the default) and English.
;
; Build (python3 make.py windows does this on Linux, .github/workflows/windows.yml on Windows):
;   makensis -DSRCDIR=<PyInstaller onedir> -DVERSION=0.2.0 -DOUTDIR=<folder> installer/egov_desktop.nsi
;
; Command line of the resulting setup.exe (all optional):
;   /S                      silent install (mass deployment)
;   /ALLUSERS               for every user of the PC: Program Files, HKLM; needs an elevated prompt
;   /UNIT=00004 /ROLE=commune [/CATALOG=2025|legacy] [/PERIODMODE=cutoff|calendar]
;   [/OFFICER="Họ tên"] [/HEAD="Họ tên"] [/AGENCYCODE=000.00.31.H26]
;   [/RECEIVINGUNIT="Sở Nội vụ …"]
;                           preset: written to $INSTDIR\egov-preset.json, applied by the app at
;                           its first start for each user. Without these options, an
;                           egov-preset.json beside setup.exe (and its templates\ folder) is used.
;   /D=C:\path              install folder (NSIS rule: last on the command line, no quotes)
; uninstall.exe accepts /S and /REMOVEDATA (also delete the user's data folder).
;
; The user's data (%LOCALAPPDATA%\egov_desktop) lives outside $INSTDIR, so installing, upgrading
; and uninstalling never touch it unless /REMOVEDATA or the uninstaller's checkbox asks for it.

Unicode true
Target amd64-unicode
; make.py's upgrade test builds a second installer with -DCOMPRESSOR=zlib to save time.
!ifndef COMPRESSOR
  !define COMPRESSOR "/SOLID lzma"
!endif
SetCompressor ${COMPRESSOR}
ManifestDPIAware true
RequestExecutionLevel user

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "WinVer.nsh"
!include "nsDialogs.nsh"

!define APPNAME "egov_desktop"
!define EXENAME "egov-desktop.exe"
!define CLINAME "egov.exe"
!define PRESET "egov-preset.json"
; Never change between versions: upgrades and Windows' "Apps" list find the install by it.
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPNAME}"

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
; VIProductVersion wants four numbers; make.py passes them, a plain X.Y.Z gets ".0".
!ifndef VIVERSION
  !define VIVERSION "${VERSION}.0"
!endif
!ifndef SRCDIR
  !define SRCDIR "..\dist\egov-desktop"
!endif
!ifndef OUTDIR
  !define OUTDIR "."
!endif

Name "${APPNAME} ${VERSION}"
OutFile "${OUTDIR}\egov-desktop-${VERSION}-setup.exe"
BrandingText "${APPNAME} ${VERSION}"
InstallDir "$LOCALAPPDATA\Programs\${APPNAME}"
InstallDirRegKey HKCU "${UNINSTKEY}" "InstallLocation"

Var Params
Var AllUsers
Var DataDir
Var RemoveData
Var DataCheckbox
Var PresetSource
Var OptUnit
Var OptRole
Var OptCatalog
Var OptPeriod
Var OptOfficer
Var OptHead
Var OptAgency
Var OptReceiving

!define MUI_ICON "..\resources\app.ico"
!define MUI_UNICON "..\resources\app.ico"
!define MUI_ABORTWARNING
; The wizard is Unicode: offer Vietnamese even when the system code page is not 1258.
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_LANGDLL_REGISTRY_ROOT SHCTX
!define MUI_LANGDLL_REGISTRY_KEY "${UNINSTKEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXENAME}"

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
UninstPage custom un.DataPage un.DataPageLeave
!insertmacro MUI_UNPAGE_INSTFILES

; Inserted first, so Vietnamese is the default whatever the system language.
!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

VIProductVersion "${VIVERSION}"
VIFileVersion "${VIVERSION}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "FileDescription" "Cài đặt ${APPNAME}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "LegalCopyright" "${APPNAME}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${APPNAME} setup"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "${APPNAME}"

LangString MSG_NEED_WIN10 ${LANG_VIETNAMESE} "${APPNAME} cần Windows 10 hoặc Windows 11 (64-bit). Máy tính này đang chạy phiên bản Windows cũ hơn nên không thể cài đặt. Hãy liên hệ cán bộ CNTT để nâng cấp Windows."
LangString MSG_NEED_WIN10 ${LANG_ENGLISH} "${APPNAME} needs Windows 10 or Windows 11 (64-bit). This PC runs an older Windows, so it cannot be installed. Please ask IT staff to upgrade Windows."
LangString MSG_NEED_ADMIN ${LANG_VIETNAMESE} "Cài đặt cho mọi người dùng (/ALLUSERS) cần quyền quản trị. Hãy chạy setup.exe bằng 'Run as administrator', hoặc bỏ /ALLUSERS để cài cho riêng người dùng này."
LangString MSG_NEED_ADMIN ${LANG_ENGLISH} "Installing for all users (/ALLUSERS) needs administrator rights. Run setup.exe with 'Run as administrator', or drop /ALLUSERS to install for this user only."
LangString MSG_UN_NEED_ADMIN ${LANG_VIETNAMESE} "${APPNAME} được cài cho mọi người dùng; gỡ bỏ cần quyền quản trị. Hãy chạy trình gỡ cài đặt bằng 'Run as administrator'."
LangString MSG_UN_NEED_ADMIN ${LANG_ENGLISH} "${APPNAME} is installed for all users; removing it needs administrator rights. Run the uninstaller with 'Run as administrator'."
LangString MSG_PRESET_OPTIONS ${LANG_VIETNAMESE} "Tham số cấu hình sẵn cần có cả /UNIT=<mã đơn vị> và /ROLE=commune|aggregator, ví dụ: setup.exe /S /UNIT=00004 /ROLE=commune"
LangString MSG_PRESET_OPTIONS ${LANG_ENGLISH} "Preset options need both /UNIT=<unit code> and /ROLE=commune|aggregator, e.g. setup.exe /S /UNIT=00004 /ROLE=commune"
LangString MSG_APP_RUNNING ${LANG_VIETNAMESE} "${APPNAME} đang chạy. Hãy đóng ứng dụng rồi chạy lại trình cài đặt."
LangString MSG_APP_RUNNING ${LANG_ENGLISH} "${APPNAME} is running. Close it, then run the installer again."
LangString MSG_PRESET_BAD ${LANG_VIETNAMESE} "Gói cấu hình $INSTDIR\${PRESET} không hợp lệ; ứng dụng sẽ mở trình thiết lập thay vì áp dụng gói. Xem lỗi chi tiết bằng lệnh:$\r$\n$\"$INSTDIR\${CLINAME}$\" preset check $\"$INSTDIR\${PRESET}$\""
LangString MSG_PRESET_BAD ${LANG_ENGLISH} "The configuration package $INSTDIR\${PRESET} is not valid; the app will open its setup wizard instead. See the details with:$\r$\n$\"$INSTDIR\${CLINAME}$\" preset check $\"$INSTDIR\${PRESET}$\""
LangString MSG_BACKUP ${LANG_VIETNAMESE} "Sao lưu dữ liệu trước khi nâng cấp..."
LangString MSG_BACKUP ${LANG_ENGLISH} "Backing up the data before the upgrade..."
LangString MSG_BACKUP_FAILED ${LANG_VIETNAMESE} "Không sao lưu được trước khi nâng cấp (mã $0); ứng dụng vẫn sao lưu trước khi chuyển đổi dữ liệu."
LangString MSG_BACKUP_FAILED ${LANG_ENGLISH} "The backup before the upgrade failed (code $0); the app still backs up before converting the data."
LangString DATA_TITLE ${LANG_VIETNAMESE} "Dữ liệu của người dùng"
LangString DATA_TITLE ${LANG_ENGLISH} "User data"
LangString DATA_SUBTITLE ${LANG_VIETNAMESE} "Chọn giữ lại hay xóa dữ liệu báo cáo."
LangString DATA_SUBTITLE ${LANG_ENGLISH} "Choose whether to keep the report data."
LangString DATA_TEXT ${LANG_VIETNAMESE} "Cơ sở dữ liệu, các bản sao lưu và nhật ký nằm trong thư mục:$\r$\n$DataDir$\r$\n$\r$\nMặc định thư mục này được giữ lại, để cài lại hoặc nâng cấp không mất dữ liệu."
LangString DATA_TEXT ${LANG_ENGLISH} "The database, its backups and the logs are in:$\r$\n$DataDir$\r$\n$\r$\nBy default this folder is kept, so reinstalling or upgrading loses nothing."
LangString DATA_REMOVE ${LANG_VIETNAMESE} "Xóa cả dữ liệu (không thể khôi phục)"
LangString DATA_REMOVE ${LANG_ENGLISH} "Also delete the data (cannot be undone)"

Function .onInit
  StrCpy $LANGUAGE ${LANG_VIETNAMESE}
  !insertmacro MUI_LANGDLL_DISPLAY
  ${GetParameters} $Params

  ${IfNot} ${AtLeastWin10}
    MessageBox MB_OK|MB_ICONSTOP "$(MSG_NEED_WIN10)" /SD IDOK
    SetErrorLevel 1150 ; ERROR_OLD_WIN_VERSION
    Quit
  ${EndIf}

  ; The data folder of the user running setup; EGOV_DATA_DIR moves it, as in the app.
  SetShellVarContext current
  ReadEnvStr $DataDir EGOV_DATA_DIR
  ${If} $DataDir == ""
    StrCpy $DataDir "$LOCALAPPDATA\${APPNAME}"
  ${EndIf}

  ClearErrors
  ${GetOptions} $Params "/ALLUSERS" $0
  ${IfNot} ${Errors}
    UserInfo::GetAccountType
    Pop $0
    ${If} $0 != "Admin"
      MessageBox MB_OK|MB_ICONSTOP "$(MSG_NEED_ADMIN)" /SD IDOK
      SetErrorLevel 740 ; ERROR_ELEVATION_REQUIRED
      Quit
    ${EndIf}
    StrCpy $AllUsers 1
    ; Only the per-user defaults move to Program Files; a /D= folder is kept.
    ReadRegStr $1 HKCU "${UNINSTKEY}" "InstallLocation"
    ${If} $INSTDIR == "$LOCALAPPDATA\Programs\${APPNAME}"
    ${OrIf} $INSTDIR == $1
      ReadRegStr $0 HKLM "${UNINSTKEY}" "InstallLocation"
      ${If} $0 != ""
        StrCpy $INSTDIR $0
      ${Else}
        StrCpy $INSTDIR "$PROGRAMFILES64\${APPNAME}"
      ${EndIf}
    ${EndIf}
    SetShellVarContext all
  ${EndIf}

  ${GetOptions} $Params "/UNIT=" $OptUnit
  ${GetOptions} $Params "/ROLE=" $OptRole
  ${GetOptions} $Params "/CATALOG=" $OptCatalog
  ${GetOptions} $Params "/PERIODMODE=" $OptPeriod
  ${GetOptions} $Params "/OFFICER=" $OptOfficer
  ${GetOptions} $Params "/HEAD=" $OptHead
  ${GetOptions} $Params "/AGENCYCODE=" $OptAgency
  ${GetOptions} $Params "/RECEIVINGUNIT=" $OptReceiving
  StrCpy $0 "$OptUnit$OptRole$OptCatalog$OptPeriod$OptOfficer$OptHead$OptAgency$OptReceiving"
  ${If} $0 != ""
    ${If} $OptUnit == ""
    ${OrIf} $OptRole == ""
      MessageBox MB_OK|MB_ICONSTOP "$(MSG_PRESET_OPTIONS)" /SD IDOK
      SetErrorLevel 87 ; ERROR_INVALID_PARAMETER
      Quit
    ${EndIf}
    StrCpy $PresetSource "options"
  ${ElseIf} ${FileExists} "$EXEDIR\${PRESET}"
    StrCpy $PresetSource "file"
  ${EndIf}
FunctionEnd

Section "Install"
  SetOutPath "$INSTDIR"
  ${If} ${FileExists} "$INSTDIR\${EXENAME}"
    Call BackupBeforeUpgrade
    ; A running app keeps its executable locked: stop before mixing two versions' files.
    ClearErrors
    Delete "$INSTDIR\${EXENAME}"
    ${If} ${Errors}
      MessageBox MB_OK|MB_ICONSTOP "$(MSG_APP_RUNNING)" /SD IDOK
      SetErrorLevel 32 ; ERROR_SHARING_VIOLATION
      Abort
    ${EndIf}
  ${EndIf}
  ; The previous build's program files only, so DLLs of two versions never mix. The data
  ; folder is outside $INSTDIR and is never touched here.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${CLINAME}"
  File /r "${SRCDIR}\*"

  Call WritePreset
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\${EXENAME}"
  CreateShortcut "$DESKTOP\${APPNAME}.lnk" "$INSTDIR\${EXENAME}"

  WriteRegStr SHCTX "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr SHCTX "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\${EXENAME}"
  WriteRegStr SHCTX "${UNINSTKEY}" "Publisher" "${APPNAME}"
  WriteRegStr SHCTX "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr SHCTX "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD SHCTX "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTKEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD SHCTX "${UNINSTKEY}" "EstimatedSize" "$0"

  Call CheckPreset
SectionEnd

; The app backs up before it migrates the database; this extra copy also covers a downgrade
; or a new build that fails to start. Only when this user already has data: `egov backup`
; would otherwise create an empty database.
Function BackupBeforeUpgrade
  ${If} ${FileExists} "$DataDir\egov.sqlite"
  ${AndIf} ${FileExists} "$INSTDIR\${CLINAME}"
    DetailPrint "$(MSG_BACKUP)"
    nsExec::Exec '"$INSTDIR\${CLINAME}" backup create'
    Pop $0
    ${If} $0 != 0
      DetailPrint "$(MSG_BACKUP_FAILED)"
    ${EndIf}
  ${EndIf}
FunctionEnd

; A new preset replaces the previous one; an install without any keeps it, so upgrading a PC
; that has not been started yet still binds it to its unit.
Function WritePreset
  ${If} $PresetSource == ""
    Return
  ${EndIf}
  Delete "$INSTDIR\${PRESET}"
  RMDir /r "$INSTDIR\templates"
  ${If} $PresetSource == "file"
    CopyFiles /SILENT "$EXEDIR\${PRESET}" "$INSTDIR\${PRESET}"
    ; Template paths in the preset are relative to it: carry the templates folder along.
    ${If} ${FileExists} "$EXEDIR\templates\*.*"
      CreateDirectory "$INSTDIR\templates"
      CopyFiles /SILENT "$EXEDIR\templates\*.*" "$INSTDIR\templates"
    ${EndIf}
    Return
  ${EndIf}
  StrCpy $1 '{$\r$\n'
  Push $OptUnit
  Call JsonEscape
  Pop $0
  StrCpy $1 '$1  "unit": "$0",$\r$\n'
  Push $OptRole
  Call JsonEscape
  Pop $0
  StrCpy $1 '$1  "role": "$0",$\r$\n'
  ${If} $OptCatalog != ""
    Push $OptCatalog
    Call JsonEscape
    Pop $0
    StrCpy $1 '$1  "catalog": "$0",$\r$\n'
  ${EndIf}
  ${If} $OptPeriod != ""
    Push $OptPeriod
    Call JsonEscape
    Pop $0
    StrCpy $1 '$1  "period_mode": "$0",$\r$\n'
  ${EndIf}
  ${If} $OptOfficer != ""
    Push $OptOfficer
    Call JsonEscape
    Pop $0
    StrCpy $1 '$1  "officer": "$0",$\r$\n'
  ${EndIf}
  ${If} $OptHead != ""
    Push $OptHead
    Call JsonEscape
    Pop $0
    StrCpy $1 '$1  "head": "$0",$\r$\n'
  ${EndIf}
  ${If} $OptAgency != ""
    Push $OptAgency
    Call JsonEscape
    Pop $0
    StrCpy $1 '$1  "agency_code": "$0",$\r$\n'
  ${EndIf}
  ${If} $OptReceiving != ""
    Push $OptReceiving
    Call JsonEscape
    Pop $0
    StrCpy $1 '$1  "receiving_unit": "$0",$\r$\n'
  ${EndIf}
  ; Last, so no member needs a trailing comma.
  StrCpy $1 '$1  "format": 1$\r$\n}$\r$\n'
  ; NSIS has no UTF-8 writer; UTF-16 with a BOM keeps Vietnamese names intact.
  FileOpen $2 "$INSTDIR\${PRESET}" w
  FileWriteUTF16LE /BOM $2 $1
  FileClose $2
FunctionEnd

; Quote and backslash escaped; enough for codes and names typed on a command line.
Function JsonEscape
  Exch $0
  Push $1
  Push $2
  Push $3
  StrCpy $1 ""
  StrCpy $2 0
  ${Do}
    StrCpy $3 $0 1 $2
    ${If} $3 == ""
      ${Break}
    ${EndIf}
    ${If} $3 == '"'
      StrCpy $3 '\"'
    ${ElseIf} $3 == "\"
      StrCpy $3 "\\"
    ${EndIf}
    StrCpy $1 "$1$3"
    IntOp $2 $2 + 1
  ${Loop}
  StrCpy $0 $1
  Pop $3
  Pop $2
  Pop $1
  Exch $0
FunctionEnd

; The installed CLI checks the preset without touching any data folder, so a typo in a mass
; deployment shows up in the installer's exit code instead of at each PC's first start.
Function CheckPreset
  ${If} ${FileExists} "$INSTDIR\${PRESET}"
    nsExec::Exec '"$INSTDIR\${CLINAME}" preset check "$INSTDIR\${PRESET}"'
    Pop $0
    ${If} $0 != 0
      MessageBox MB_OK|MB_ICONEXCLAMATION "$(MSG_PRESET_BAD)" /SD IDOK
      SetErrorLevel 13 ; ERROR_INVALID_DATA
    ${EndIf}
  ${EndIf}
FunctionEnd

Function un.onInit
  ${GetParameters} $Params
  ; Only the default per-user folder, never a folder named by EGOV_DATA_DIR (it may be shared).
  SetShellVarContext current
  StrCpy $DataDir "$LOCALAPPDATA\${APPNAME}"
  StrCpy $RemoveData 0
  ClearErrors
  ${GetOptions} $Params "/REMOVEDATA" $0
  ${IfNot} ${Errors}
    StrCpy $RemoveData 1
  ${EndIf}
  ReadRegStr $0 HKLM "${UNINSTKEY}" "InstallLocation"
  ${If} $0 == $INSTDIR
    StrCpy $AllUsers 1
    SetShellVarContext all
  ${EndIf}
  !insertmacro MUI_UNGETLANGUAGE
  ${If} $AllUsers == 1
    UserInfo::GetAccountType
    Pop $0
    ${If} $0 != "Admin"
      MessageBox MB_OK|MB_ICONSTOP "$(MSG_UN_NEED_ADMIN)" /SD IDOK
      SetErrorLevel 740 ; ERROR_ELEVATION_REQUIRED
      Quit
    ${EndIf}
  ${EndIf}
FunctionEnd

Function un.DataPage
  !insertmacro MUI_HEADER_TEXT "$(DATA_TITLE)" "$(DATA_SUBTITLE)"
  nsDialogs::Create 1018
  Pop $0
  ${NSD_CreateLabel} 0 0 100% 64u "$(DATA_TEXT)"
  Pop $0
  ${NSD_CreateCheckbox} 0 72u 100% 12u "$(DATA_REMOVE)"
  Pop $DataCheckbox
  ${If} $RemoveData == 1
    ${NSD_Check} $DataCheckbox
  ${EndIf}
  nsDialogs::Show
FunctionEnd

Function un.DataPageLeave
  ${NSD_GetState} $DataCheckbox $0
  ${If} $0 == ${BST_CHECKED}
    StrCpy $RemoveData 1
  ${Else}
    StrCpy $RemoveData 0
  ${EndIf}
FunctionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APPNAME}.lnk"
  Delete "$DESKTOP\${APPNAME}.lnk"
  ; What the installer put there, by name: a folder chosen with /D= may hold other files.
  RMDir /r "$INSTDIR\_internal"
  RMDir /r "$INSTDIR\templates"
  Delete "$INSTDIR\${EXENAME}"
  Delete "$INSTDIR\${CLINAME}"
  Delete "$INSTDIR\${PRESET}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey SHCTX "${UNINSTKEY}"
  ${If} $RemoveData == 1
  ${AndIf} $DataDir != ""
    RMDir /r "$DataDir"
  ${EndIf}
SectionEnd
