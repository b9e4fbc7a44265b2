; Inno Setup script for 双随机抽查工作台 (run `python installer/build.py` first, then `iscc installer\windows\shuangsuiji.iss`).
; version.iss is written by build.py from pyproject.toml: #define AppVersion "x.y.z"
#include "version.iss"

#define AppName "双随机抽查工作台"
#define AppExe "shuangsuiji.exe"
#define AppCli "shuangsuiji-cli.exe"
#define BundleDir "..\..\dist\shuangsuiji"
; The user's database lives in platformdirs' user data folder: %LOCALAPPDATA%\shuangsuiji.
#define DataDir "{localappdata}\shuangsuiji"

[Setup]
AppId={{6B1D3C52-8E4F-4C1A-9B57-2D7E5A0F3C11}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=shuangsuiji
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} 安装程序
DefaultDirName={autopf}\shuangsuiji
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Installs for the current user without administrator rights; an administrator may choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=shuangsuiji-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
CloseApplications=yes
#ifexist "..\..\resources\icons\shuangsuiji.ico"
SetupIconFile=..\..\resources\icons\shuangsuiji.ico
#endif

[Languages]
#ifexist AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl"
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
DesktopIcon=在桌面创建快捷方式
RemoveDataTitle=卸载 {#AppName}
RemoveDataText=卸载程序会保留本机的数据库和备份（%1），以后重新安装即可继续使用。%n%n如果确定不再需要这些数据，请勾选下面的选项。删除后无法恢复。
RemoveDataCheck=同时删除本机的数据库和全部备份
english.DesktopIcon=Create a desktop shortcut
english.RemoveDataTitle=Uninstall {#AppName}
english.RemoveDataText=Uninstalling keeps the database and backups on this computer (%1) so that a later installation can use them again.%n%nTick the box below only if the data is no longer needed. It cannot be recovered.
english.RemoveDataCheck=Also delete the database and all backups on this computer

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Byte-code caches Python may have written next to the bundled migrations.
Type: filesandordirs; Name: "{app}\_internal\db\migrations\__pycache__"
Type: filesandordirs; Name: "{app}\_internal\db\migrations\versions\__pycache__"

[Code]
var
  RemoveUserData: Boolean;

{ Asks once, before anything is removed; the box is unticked, so the data stays unless the user asks. }
function InitializeUninstall(): Boolean;
var
  Form: TSetupForm;
  Info: TNewStaticText;
  Check: TNewCheckBox;
  OkButton, CancelButton: TNewButton;
begin
  Result := True;
  RemoveUserData := False;
  if UninstallSilent then
    Exit;
  Form := CreateCustomForm(ScaleX(460), ScaleY(200), False, True);
  try
    Form.Caption := CustomMessage('RemoveDataTitle');

    Info := TNewStaticText.Create(Form);
    Info.Parent := Form;
    Info.AutoSize := False;
    Info.WordWrap := True;
    Info.SetBounds(ScaleX(12), ScaleY(12), Form.ClientWidth - ScaleX(24), ScaleY(90));
    Info.Caption := FmtMessage(CustomMessage('RemoveDataText'), [ExpandConstant('{#DataDir}')]);

    Check := TNewCheckBox.Create(Form);
    Check.Parent := Form;
    Check.SetBounds(ScaleX(12), ScaleY(110), Form.ClientWidth - ScaleX(24), ScaleY(22));
    Check.Caption := CustomMessage('RemoveDataCheck');
    Check.Checked := False;

    OkButton := TNewButton.Create(Form);
    OkButton.Parent := Form;
    OkButton.SetBounds(Form.ClientWidth - ScaleX(180), Form.ClientHeight - ScaleY(36), ScaleX(80), ScaleY(24));
    OkButton.Caption := SetupMessage(msgButtonOK);
    OkButton.ModalResult := mrOk;
    OkButton.Default := True;

    CancelButton := TNewButton.Create(Form);
    CancelButton.Parent := Form;
    CancelButton.SetBounds(Form.ClientWidth - ScaleX(92), Form.ClientHeight - ScaleY(36), ScaleX(80), ScaleY(24));
    CancelButton.Caption := SetupMessage(msgButtonCancel);
    CancelButton.ModalResult := mrCancel;
    CancelButton.Cancel := True;

    Form.ActiveControl := OkButton;
    if Form.ShowModal() <> mrOk then
      Result := False  { cancelled: nothing is uninstalled }
    else
      RemoveUserData := Check.Checked;
  finally
    Form.Free();
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and RemoveUserData then
    DelTree(ExpandConstant('{#DataDir}'), True, True, True);
end;
