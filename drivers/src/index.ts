/**
 * @motcua/drivers: the ticket printer and the scanners behind small interfaces, started from config.
 * The kiosk page imports `@motcua/drivers/scanner/keyboard-burst` alone (no node modules there).
 */
export type {
  Bitmap,
  CccdCard,
  DeviceState,
  DeviceStatus,
  DriverLog,
  ImagePrintJob,
  PrintOutcome,
  Printer,
  RenderedImage,
  ScanResult,
  Scanner,
  TicketPrintJob,
  UnknownScanCode,
} from './types';
export { devicesConfigSchema, parseDevicesConfig, printerWidthDots } from './config';
export type { DevicesConfig, DevicesConfigInput, PrinterConfig, ScannerConfig } from './config';
export { createPrinter, printerDrivers, type PrinterDeps } from './printer/create';
export { QueuedPrinter } from './printer/printer';
export { FakeTransport } from './printer/transports/fake';
export { FakeTcpPrinter } from './printer/fake-tcp-printer';
export { renderLayout, renderTicket } from './printer/raster';
export { ticketLayout, formatIssued, type LayoutBlock } from './printer/ticket-layout';
export { createScanner, scannerDrivers, type ScannerDeps } from './scanner/create';
export { FakeScanner } from './scanner/fake';
export { parseScanLine, type ParseOptions } from './scanner/parse-line';
export { maskId, maskName } from './scanner/cccd';
export { ticketUrl } from './scanner/ticket-qr';
