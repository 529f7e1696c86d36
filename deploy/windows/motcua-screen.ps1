<#
  One office screen in Microsoft Edge (or Chrome) kiosk mode: waits for the server's /api/health, opens the
  screen, opens it again whenever the browser dies. Same screens and flags as deploy/linux/motcua-screen.
    motcua-screen.ps1 -Screen <kiosk|display|counter-display|rating> -Server http://192.168.1.10:8080 -Token <token> [-Counter q1]
  Not tested by CI (no Windows machine).
#>
param(
  [Parameter(Mandatory)][ValidateSet('kiosk', 'display', 'counter-display', 'rating')][string]$Screen,
  [Parameter(Mandatory)][string]$Server, [Parameter(Mandatory)][string]$Token, [string]$Counter = '',
  [string]$Browser = '', [int]$RetrySeconds = 2, [int]$MaxRetrySeconds = 30)
$ErrorActionPreference = 'Continue'
$Server = $Server.TrimEnd('/')
$path = switch ($Screen) { 'kiosk' { '/kiosk' } 'display' { '/display' } 'counter-display' { "/display/counter/$Counter" } 'rating' { "/rating/$Counter" } }
if ($Screen -in 'counter-display', 'rating' -and -not $Counter) { throw "-Counter is needed for $Screen" }
if (-not $Browser) {
  $Browser = @("${env:ProgramFiles(x86)}\Microsoft\Edge\Application\msedge.exe", "$env:ProgramFiles\Microsoft\Edge\Application\msedge.exe",
    "$env:ProgramFiles\Google\Chrome\Application\chrome.exe") | Where-Object { Test-Path $_ } | Select-Object -First 1
}
if (-not $Browser) { throw 'Neither Edge nor Chrome found: pass -Browser' }
$profileDir = Join-Path $env:LOCALAPPDATA "motcua-screen\$Screen$(if ($Counter) { "-$Counter" })"
New-Item -ItemType Directory -Force -Path $profileDir | Out-Null
$flags = @('--kiosk', '--edge-kiosk-type=fullscreen', '--no-first-run', '--noerrdialogs', '--disable-infobars', '--disable-session-crashed-bubble',
  '--disable-translate', '--disable-pinch', '--overscroll-history-navigation=0',
  '--disable-features=Translate,TranslateUI,OverscrollHistoryNavigation,TouchpadOverscrollHistoryNavigation',
  '--check-for-update-interval=31536000', "--user-data-dir=$profileDir")
if ($Screen -in 'display', 'counter-display') { $flags += '--autoplay-policy=no-user-gesture-required' }
function Log($m) { Write-Host "$(Get-Date -Format s) motcua-screen[$Screen]: $m" }

$delay = $RetrySeconds
while ($true) {
  $n = 0
  while ($true) {
    try { if ((Invoke-WebRequest -UseBasicParsing -TimeoutSec 5 "$Server/api/health").StatusCode -eq 200) { break } } catch { }
    if ($n % 15 -eq 0) { Log "waiting for $Server/api/health" }
    $n++; Start-Sleep -Seconds $RetrySeconds
  }
  Log "opening $Server$path"
  $started = Get-Date
  $url = "$Server$path" + '?token=' + $Token
  $p = Start-Process -FilePath $Browser -ArgumentList ($flags + "`"$url`"") -PassThru
  $p.WaitForExit()
  if (((Get-Date) - $started).TotalSeconds -ge 60) { $delay = $RetrySeconds } else { $delay = [Math]::Min($delay * 2, $MaxRetrySeconds) }
  Log "browser exited (code $($p.ExitCode)): again in ${delay}s"
  Start-Sleep -Seconds $delay
}
