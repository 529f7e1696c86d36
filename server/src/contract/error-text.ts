/** Vietnamese (first) and English words for every error code, for the API's messages and the screens. */
export const ERROR_TEXT: Record<string, { vi: string; en: string }> = {
  QUEUE_EMPTY: { vi: 'Không còn ai đang chờ', en: 'Nobody is waiting' },
  COUNTER_PAUSED: { vi: 'Quầy đang tạm dừng', en: 'The counter is paused' },
  COUNTER_CLOSED: { vi: 'Quầy đang đóng: hãy đăng nhập quầy trước', en: 'The counter is closed: sign in first' },
  COUNTER_TAKEN: { vi: 'Quầy đang do cán bộ khác phụ trách', en: 'Another staff member holds this counter' },
  COUNTER_IDLE: { vi: 'Quầy chưa gọi số nào', en: 'The counter is not serving anyone' },
  NOT_AT_THIS_COUNTER: { vi: 'Số này không thuộc quầy này', en: 'This ticket is not for this counter' },
  DAILY_CAP_REACHED: { vi: 'Đã hết số trong ngày cho lĩnh vực này', en: 'No more tickets today for this service' },
  RANGE_EXHAUSTED: { vi: 'Đã hết dãy số trong ngày', en: 'The number range is used up for today' },
  SERVICE_DISABLED: { vi: 'Lĩnh vực này tạm ngừng cấp số', en: 'This service is not issuing tickets' },
  UNKNOWN_SERVICE: { vi: 'Không có lĩnh vực này', en: 'Unknown service' },
  UNKNOWN_COUNTER: { vi: 'Không có quầy này', en: 'Unknown counter' },
  UNKNOWN_TICKET: { vi: 'Không tìm thấy số thứ tự', en: 'No such ticket' },
  UNKNOWN_PRIORITY: { vi: 'Không có đối tượng ưu tiên này', en: 'Unknown priority category' },
  TICKET_NOT_WAITING: { vi: 'Số này không còn đang chờ', en: 'The ticket is not waiting' },
  TICKET_NOT_CALLED: { vi: 'Số này đang được phục vụ', en: 'The ticket is already being served' },
  TICKET_FINISHED: { vi: 'Số này đã kết thúc', en: 'The ticket is finished' },
  ALREADY_PAUSED: { vi: 'Quầy đã tạm dừng', en: 'The counter is already paused' },
  NOT_PAUSED: { vi: 'Quầy không tạm dừng', en: 'The counter is not paused' },
  SAME_DESTINATION: { vi: 'Nơi chuyển đến không hợp lệ', en: 'Invalid transfer destination' },
  INVALID_SETUP: { vi: 'Cấu hình không hợp lệ', en: 'Invalid set-up' },
  VALIDATION: { vi: 'Dữ liệu không hợp lệ', en: 'Invalid input' },
  BAD_JSON: { vi: 'Nội dung JSON không hợp lệ', en: 'Malformed JSON' },
  UNAUTHORIZED: { vi: 'Cần đăng nhập', en: 'Sign-in required' },
  FORBIDDEN: { vi: 'Không được phép', en: 'Not allowed' },
  BAD_CREDENTIALS: { vi: 'Sai tên đăng nhập hoặc mật khẩu', en: 'Wrong username or password' },
  OFFICE_CLOSED: { vi: 'Ngoài giờ làm việc', en: 'The office is closed' },
  INTERNAL: { vi: 'Lỗi hệ thống', en: 'Internal error' },
  RATE_LIMITED: { vi: 'Quá nhiều yêu cầu, vui lòng thử lại sau ít phút', en: 'Too many requests, try again in a few minutes' },
  LAST_ADMIN: { vi: 'Phải còn ít nhất một quản trị viên đang hoạt động', en: 'At least one active admin must remain' },
  TOO_LARGE: { vi: 'Nội dung quá lớn', en: 'Body too large' },
  UNSUPPORTED_TYPE: { vi: 'Kiểu nội dung không được hỗ trợ', en: 'Unsupported content type' },
  UNSUPPORTED_CHARSET: { vi: 'Bảng mã không được hỗ trợ', en: 'Unsupported charset' },
  UNSUPPORTED_ENCODING: { vi: 'Kiểu nén không được hỗ trợ', en: 'Unsupported content encoding' },
  BAD_REQUEST: { vi: 'Yêu cầu không hợp lệ', en: 'Malformed request' },
};

/** The words for an error code in a language, falling back to the code itself. */
export function errorText(code: string, lang: 'vi' | 'en' = 'vi'): string {
  return ERROR_TEXT[code]?.[lang] ?? code;
}
