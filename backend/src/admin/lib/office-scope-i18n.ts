/**
 * Strings of the office scope screens, Vietnamese first. Scope labels themselves ("Văn phòng OCOP
 * tỉnh Hà Tĩnh", "Toàn quốc") come from the backend, which decides the scope.
 */
import { currentLang, type Lang } from "./i18n"

const vi = {
  badge: { none: "Chưa được phân quyền văn phòng OCOP", title: "Phạm vi của bạn" },
  page: {
    title: "Phân quyền văn phòng OCOP",
    subtitle: "Mỗi tài khoản văn phòng thuộc một tỉnh/thành hoặc toàn quốc; chỉ tài khoản toàn quốc giao phạm vi.",
    nationalOnly: "Chỉ tài khoản văn phòng OCOP toàn quốc được giao phạm vi cho tài khoản khác.",
    user: "Người dùng",
    scope: "Phạm vi hiện tại",
    change: "Giao phạm vi",
    national: "Toàn quốc",
    province: "Tỉnh/thành",
    choose: "Chọn tỉnh/thành",
    save: "Lưu",
    you: "bạn",
    none: "Chưa phân quyền",
    saved: "Đã lưu phạm vi",
  },
}

type ScopeMessages = typeof vi

const en: ScopeMessages = {
  badge: { none: "No OCOP office scope assigned", title: "Your scope" },
  page: {
    title: "OCOP office scopes",
    subtitle: "Each office account belongs to one province or is national; only national accounts assign scopes.",
    nationalOnly: "Only a national OCOP office account can assign scopes to other accounts.",
    user: "User",
    scope: "Current scope",
    change: "Assign scope",
    national: "National",
    province: "Province",
    choose: "Choose a province",
    save: "Save",
    you: "you",
    none: "No scope",
    saved: "Scope saved",
  },
}

export function scopeMessages(lang: Lang = currentLang()): ScopeMessages {
  return lang === "vi" ? vi : en
}
