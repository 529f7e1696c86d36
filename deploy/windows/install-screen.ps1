<#
  Starts an office screen at login for the current Windows user (the screen PC's auto-login user): a shortcut in
  the Startup folder runs motcua-screen.ps1; the screen and the PC never sleep on mains power. Safe to run again.
    powershell -ExecutionPolicy Bypass -File install-screen.ps1 -Screen display -Server http://192.168.1.10:8080 -Token <token> [-Counter q1]
  Not tested by CI (no Windows machine).
#>
param([Parameter(Mandatory)][string]$Screen, [Parameter(Mandatory)][string]$Server, [Parameter(Mandatory)][string]$Token, [string]$Counter = '')
$ErrorActionPreference = 'Stop'
$dir = Join-Path $env:LOCALAPPDATA 'motcua-screen'
New-Item -ItemType Directory -Force -Path $dir | Out-Null
Copy-Item (Join-Path $PSScriptRoot 'motcua-screen.ps1') "$dir\motcua-screen.ps1" -Force
$name = "motcua-$Screen$(if ($Counter) { "-$Counter" })"
$args = "-NoProfile -WindowStyle Hidden -ExecutionPolicy Bypass -File `"$dir\motcua-screen.ps1`" -Screen $Screen -Server $Server -Token $Token"
if ($Counter) { $args += " -Counter $Counter" }
$shell = New-Object -ComObject WScript.Shell
$lnk = $shell.CreateShortcut((Join-Path ([Environment]::GetFolderPath('Startup')) "$name.lnk"))
$lnk.TargetPath = (Get-Command powershell).Source
$lnk.Arguments = $args
$lnk.Save()
powercfg /change monitor-timeout-ac 0
powercfg /change standby-timeout-ac 0
Write-Host "$name starts at the next login; the screen no longer sleeps on mains power."
