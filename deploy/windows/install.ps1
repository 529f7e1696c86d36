<#
  Installs or upgrades motcua as a Windows service (WinSW, the service wrapper shipped in the npm package
  node-windows); safe to run again. In an elevated PowerShell:
    powershell -ExecutionPolicy Bypass -File deploy\windows\install.ps1 [-Release motcua-<version>.tgz] [-Port 8080]
  App in C:\Program Files\motcua\app (the previous one kept as app.prev); config, data and logs in
  C:\ProgramData\motcua\{config,data,logs}. Needs Node.js 22 or newer (24 LTS): winget install OpenJS.NodeJS.LTS
  Not tested on Windows by CI (no Windows machine): see docs/OPERATIONS.md.
#>
param([string]$Release = '', [int]$Port = 8080, [string]$WinswVersion = '0.1.14')
$ErrorActionPreference = 'Stop'
function Step($m) { Write-Host "* $m" }

$principal = New-Object Security.Principal.WindowsPrincipal([Security.Principal.WindowsIdentity]::GetCurrent())
if (-not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) { throw 'Run this in an elevated PowerShell (Run as administrator).' }

$prefix = Join-Path $env:ProgramFiles 'motcua'
$data = Join-Path $env:ProgramData 'motcua'
$app = Join-Path $prefix 'app'; $new = Join-Path $prefix 'app.new'; $prev = Join-Path $prefix 'app.prev'
foreach ($d in @($prefix, "$data\config", "$data\data", "$data\logs")) { New-Item -ItemType Directory -Force -Path $d | Out-Null }

# Node 22+ on PATH.
$node = (Get-Command node -ErrorAction SilentlyContinue).Source
if (-not $node) { throw 'Node.js is not installed: winget install OpenJS.NodeJS.LTS, then run this again.' }
$major = [int](& $node -p "process.versions.node.split('.')[0]")
if ($major -lt 22) { throw "Node $major is too old: install Node 24 LTS (winget install OpenJS.NodeJS.LTS)." }
Step "node $(& $node -v)"

# The app: a release tarball (tar.exe ships with Windows 10 and later), or the built tree this script is in.
if (Test-Path $new) { Remove-Item -Recurse -Force $new }
New-Item -ItemType Directory -Path $new | Out-Null
if ($Release) {
  Step "unpacking $Release"
  tar -xzf $Release -C $new --strip-components=1
  if ($LASTEXITCODE -ne 0) { throw "tar failed on $Release" }
} else {
  $src = Resolve-Path (Join-Path $PSScriptRoot '..\..')
  if (-not (Test-Path (Join-Path $src 'server\dist\main.js'))) { throw "$src is not built: npm run build there first, or pass -Release." }
  Step "copying $src"
  robocopy $src $new /E /XD node_modules data .git test-artifacts /NFL /NDL /NJH /NJS | Out-Null
}
Step 'npm ci --omit=dev'
Push-Location $new; try { npm ci --omit=dev --no-audit --no-fund | Out-Null; if ($LASTEXITCODE -ne 0) { throw 'npm ci failed' } } finally { Pop-Location }

# WinSW, from the npm registry (inside node-windows), renamed to the service's name with its XML beside it.
$tools = Join-Path $prefix 'winsw'
if (-not (Test-Path "$tools\motcua-service.exe")) {
  Step "WinSW (node-windows@$WinswVersion)"
  npm install --no-audit --no-fund --no-save --prefix "$tools\pkg" "node-windows@$WinswVersion" | Out-Null
  $exe = Get-ChildItem -Recurse -Filter 'winsw*.exe' "$tools\pkg\node_modules\node-windows\bin" | Select-Object -First 1
  if (-not $exe) { throw 'winsw.exe not found in node-windows' }
  Copy-Item $exe.FullName "$tools\motcua-service.exe"
}
$xml = @"
<service>
  <id>motcua</id>
  <name>motcua</name>
  <description>motcua queue and kiosk server (Bo phan Mot cua)</description>
  <executable>$node</executable>
  <arguments>"$app\server\dist\main.js"</arguments>
  <workingdirectory>$app</workingdirectory>
  <env name="NODE_ENV" value="production"/>
  <env name="MOTCUA_CONFIG" value="$data\config\site.yaml"/>
  <env name="MOTCUA_DATA" value="$data\data"/>
  <env name="PORT" value="$Port"/>
  <logpath>$data\logs</logpath>
  <log mode="roll-by-size"><sizeThreshold>10240</sizeThreshold><keepFiles>8</keepFiles></log>
  <onfailure action="restart" delay="2 sec"/>
  <resetfailure>1 hour</resetfailure>
  <stoptimeout>10 sec</stoptimeout>
  <startmode>Automatic</startmode>
  <serviceaccount><username>NT AUTHORITY\LocalService</username></serviceaccount>
</service>
"@
Set-Content -Path "$tools\motcua-service.xml" -Value $xml -Encoding UTF8

# The service account may write its config (first-run /setup), data and logs, and nothing else of ours.
icacls $data /grant '*S-1-5-19:(OI)(CI)M' /T | Out-Null

$svc = Get-Service motcua -ErrorAction SilentlyContinue
if ($svc -and $svc.Status -eq 'Running') { Step 'stopping the running service'; & "$tools\motcua-service.exe" stop | Out-Null }
if (Test-Path $app) { if (Test-Path $prev) { Remove-Item -Recurse -Force $prev }; Move-Item $app $prev }
Move-Item $new $app
if (-not $svc) { Step 'registering the service'; & "$tools\motcua-service.exe" install | Out-Null }
& "$tools\motcua-service.exe" start | Out-Null
New-NetFirewallRule -DisplayName "motcua $Port" -Direction Inbound -Protocol TCP -LocalPort $Port -Action Allow -Profile Private,Domain -ErrorAction SilentlyContinue | Out-Null
Step "motcua is running (logs: $data\logs)"
if (-not (Test-Path "$data\config\site.yaml")) { Write-Host "  First run: open http://localhost:$Port/setup (the set-up code is in $data\data\setup-code.txt)" }
