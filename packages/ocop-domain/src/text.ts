/** Vietnamese text folding for search keys and URL slugs. */

/**
 * Accent-free, lowercase, single-spaced form: "Đông trùng hạ thảo" → "dong trung ha thao".
 * đ/Đ are separate letters, not a base letter plus a mark, so NFD leaves them: map them by hand.
 */
export function foldVietnamese(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase().replace(/\s+/g, " ").trim();
}

/** URL slug: "Nước mắm Luận Nghiệp" → "nuoc-mam-luan-nghiep". */
export function slugify(s: string): string {
  return foldVietnamese(s)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
