/** The kiosk's words, Vietnamese first, English on the switch. */
import { signal } from '@preact/signals';

export type Lang = 'vi' | 'en';
export const lang = signal<Lang>('vi');

/** Every word the kiosk shows, [Vietnamese, English] (exported for the plain-words test). */
export const TEXT = {
  takeNumber: ['Lấy số thứ tự', 'Take a number'],
  takeNumberHint: ['Chọn lĩnh vực và nhận phiếu', 'Choose a service and get a ticket'],
  lookup: ['Tra cứu thủ tục', 'Look up a procedure'],
  lookupHint: ['Giấy tờ, thời hạn, lệ phí', 'Documents, time, fees'],
  dossier: ['Tra cứu hồ sơ', 'Check a dossier'],
  dossierHint: ['Quét mã vạch trên giấy biên nhận', 'Scan the barcode on your receipt'],
  priorityTitle: ['Ưu tiên — chạm nếu quý vị là:', 'Priority — tap if you are:'],
  priorityChosen: ['Đối tượng ưu tiên', 'Priority'],
  noPriority: ['Không ưu tiên', 'No priority'],
  home: ['Trang chủ', 'Home'],
  back: ['Quay lại', 'Back'],
  bigText: ['Chữ to', 'Larger text'],
  normalText: ['Chữ thường', 'Normal text'],
  switchLang: ['English', 'Tiếng Việt'],
  chooseService: ['Chọn lĩnh vực cần làm thủ tục', 'Choose the service you need'],
  waiting: ['người đang chờ', 'waiting'],
  about: ['khoảng', 'about'],
  minutes: ['phút', 'min'],
  serviceOff: ['Tạm ngừng cấp số', 'Not issuing tickets'],
  yourNumber: ['Số thứ tự của quý vị', 'Your number'],
  ahead: ['Số người đứng trước', 'People ahead'],
  estWait: ['Thời gian chờ dự kiến', 'Estimated wait'],
  printing: ['Đang in phiếu…', 'Printing your ticket…'],
  printed: ['Đã in phiếu — mời quý vị nhận phiếu bên dưới', 'Printed — please take your ticket below'],
  printFailed: ['Máy in đang gặp sự cố — vui lòng chụp ảnh hoặc ghi lại số thứ tự', 'The printer has a problem — please take a photo of this screen or write your number down'],
  qrHint: ['Quét mã QR bằng điện thoại để theo dõi lượt', 'Scan the QR code with a phone to follow your turn'],
  done: ['Xong', 'Done'],
  offline: ['Mất kết nối — tạm thời không lấy được số', 'Connection lost — tickets cannot be taken right now'],
  connecting: ['Đang kết nối…', 'Connecting…'],
  notPaired: ['Ki-ốt chưa được ghép nối. Vui lòng báo cán bộ.', 'This kiosk is not paired. Please tell the staff.'],
  idleSoon: ['Trở về trang chủ sau', 'Back to home in'],
  seconds: ['giây', 's'],
  stay: ['Tiếp tục', 'Stay'],
  searchLabel: ['Tìm thủ tục', 'Search procedures'],
  searchPlaceholder: ['Gõ tên thủ tục, ví dụ: khai sinh', 'Type a name, e.g. birth'],
  fields: ['Lĩnh vực', 'Fields'],
  allFields: ['Tất cả lĩnh vực', 'All fields'],
  noResults: ['Không tìm thấy thủ tục phù hợp', 'No matching procedure'],
  catalogLoading: ['Đang tải danh mục thủ tục…', 'Loading the procedures…'],
  catalogFailed: ['Chưa tải được danh mục thủ tục', 'The procedures could not be loaded'],
  keyboard: ['Bàn phím', 'Keyboard'],
  space: ['Dấu cách', 'Space'],
  erase: ['Xóa', 'Delete'],
  clear: ['Xóa hết', 'Clear'],
  documents: ['Thành phần hồ sơ', 'Documents'],
  original: ['bản chính', 'original'],
  copy: ['bản sao', 'copy'],
  certifiedCopy: ['bản sao có chứng thực', 'certified copy'],
  originalOrCopy: ['bản chính hoặc bản sao có chứng thực', 'original or certified copy'],
  present: ['xuất trình bản chính', 'show the original'],
  result: ['Kết quả', 'Result'],
  timeLimit: ['Thời hạn giải quyết', 'Time limit'],
  fee: ['Phí, lệ phí', 'Fees'],
  steps: ['Trình tự thực hiện', 'Steps'],
  legal: ['Căn cứ pháp lý', 'Legal basis'],
  counters: ['Nộp hồ sơ tại', 'Submit at'],
  counter: ['Quầy', 'Counter'],
  takeForThis: ['Lấy số cho thủ tục này', 'Take a number for this procedure'],
  code: ['Mã thủ tục', 'Code'],
  scanTitle: ['Tra cứu hồ sơ', 'Check a dossier'],
  scanHelp: ['Đưa mã vạch hoặc mã QR trên Giấy tiếp nhận hồ sơ vào máy quét', 'Hold the barcode or QR code of your receipt under the scanner'],
  scanCccd: ['Hoặc quét mã QR trên thẻ Căn cước để lấy số nhanh', 'Or scan the QR code on your ID card to take a number quickly'],
  scanning: ['Đang đọc mã…', 'Reading the code…'],
  dossierCode: ['Mã hồ sơ', 'Dossier code'],
  dossierNotFound: ['Chưa có thông tin hồ sơ này', 'No news of this dossier yet'],
  cccdNext: ['Chọn lĩnh vực để lấy số — không cần nhập gì thêm', 'Choose a service to take a number — nothing to type'],
  dueDate: ['Ngày hẹn trả kết quả', 'Promised return date'],
  ticketStatus: ['Trạng thái số thứ tự', 'Ticket status'],
  error: ['Chưa làm được, vui lòng thử lại', 'That did not work, please try again'],
  listen: ['Nghe', 'Listen'],
  listenStop: ['Dừng đọc', 'Stop'],
  listenUnavailable: ['Máy chưa có giọng đọc — vui lòng hỏi cán bộ', 'No voice on this kiosk — please ask the staff'],
  listenFailed: ['Chưa đọc được, vui lòng thử lại', 'Could not read aloud, please try again'],
  printChecklist: ['In danh sách giấy tờ', 'Print the documents list'],
  checklistPrinting: ['Đang in danh sách giấy tờ…', 'Printing the documents list…'],
  checklistPrinted: ['Đã in — mời quý vị nhận giấy bên dưới', 'Printed — please take it below'],
  checklistFailed: ['Máy in đang gặp sự cố — vui lòng chụp ảnh màn hình này hoặc hỏi cán bộ', 'The printer has a problem — please take a photo of this screen or ask the staff'],
  closedTitle: ['Hiện chưa cấp số thứ tự', 'Not issuing numbers now'],
  closedNext: ['Mời quý vị quay lại lúc', 'Please come back at'],
  closedNoNext: ['Vui lòng hỏi cán bộ về lịch làm việc', 'Please ask the staff about opening hours'],
  closedHours: ['Giờ làm việc', 'Office hours'],
  closedStill: ['Quý vị vẫn có thể tra cứu thủ tục và tra cứu hồ sơ.', 'You can still look up procedures and check a dossier.'],
  serviceClosed: ['Ngoài giờ cấp số', 'Not issuing now'],
  issuingUntil: ['Buổi này cấp số đến', 'Numbers are issued this session until'],
} as const;

export type TextKey = keyof typeof TEXT;

/** The words for a key in the current language. */
export function t(key: TextKey): string {
  return TEXT[key][lang.value === 'vi' ? 0 : 1];
}

/** A name in the current language, when the data has an English one. */
export function named(x: { name: string; nameEn?: string | undefined }): string {
  return lang.value === 'en' && x.nameEn ? x.nameEn : x.name;
}
