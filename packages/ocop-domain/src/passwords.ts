/**
 * The password rule for every login (office, shopper, producer, counter staff), after NIST SP
 * 800-63B §5.1.1.2: length matters, composition rules do not. At least 8 characters (at most 128,
 * so hashing stays cheap), not a commonly used password, not the e-mail or its name part, not one
 * character repeated. The backend enforces it; forms show the same words before sending.
 */

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/** Passwords at the top of public breach lists, plus Vietnamese favourites; compared case-insensitively. */
const COMMON_PASSWORDS = new Set([
  "12345678",
  "123456789",
  "1234567890",
  "0123456789",
  "11111111",
  "00000000",
  "88888888",
  "66666666",
  "12341234",
  "87654321",
  "11223344",
  "12121212",
  "123123123",
  "password",
  "password1",
  "password123",
  "passw0rd",
  "p@ssw0rd",
  "qwertyui",
  "qwerty123",
  "qwertyuiop",
  "1qaz2wsx",
  "abcd1234",
  "abc12345",
  "abcdefgh",
  "iloveyou",
  "admin123",
  "administrator",
  "welcome1",
  "letmein1",
  "sunshine",
  "princess",
  "football",
  "baseball",
  "superman",
  "trustno1",
  "zaq12wsx",
  "matkhau",
  "matkhau1",
  "matkhau123",
  "matkhau@123",
  "anhyeuem",
  "emyeuanh",
  "yeuemnhieu",
  "vietnam1",
  "vietnam123",
  "hanoi123",
  "saigon123",
  "ocop1234",
  "ocop12345",
  "ocop2026",
  "changeme",
  "changeme1",
  "default1",
  "secret123",
  "supersecret",
]);

export type PasswordProblem = {
  code: "password.too_short" | "password.too_long" | "password.common" | "password.like_email" | "password.repeated";
  vi: string;
  en: string;
};

/** The first problem with `password` for the account `email` (when known), or null when it may be used. */
export function passwordProblem(password: unknown, email?: string | null): PasswordProblem | null {
  if (typeof password !== "string" || password.length < PASSWORD_MIN_LENGTH) {
    return {
      code: "password.too_short",
      vi: `Mật khẩu quá ngắn, cần ít nhất ${PASSWORD_MIN_LENGTH} ký tự`,
      en: `password too short: at least ${PASSWORD_MIN_LENGTH} characters`,
    };
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    return {
      code: "password.too_long",
      vi: `Mật khẩu quá dài, tối đa ${PASSWORD_MAX_LENGTH} ký tự`,
      en: `password too long: at most ${PASSWORD_MAX_LENGTH} characters`,
    };
  }
  const lower = password.toLowerCase();
  if (/^(.)\1*$/su.test(password)) {
    return { code: "password.repeated", vi: "Mật khẩu không được chỉ lặp lại một ký tự", en: "password is one character repeated" };
  }
  if (COMMON_PASSWORDS.has(lower)) {
    return { code: "password.common", vi: "Mật khẩu này quá phổ biến, dễ bị đoán; hãy chọn mật khẩu khác", en: "password is too common" };
  }
  const address = (email ?? "").trim().toLowerCase();
  const name = address.split("@")[0];
  if (address && (lower === address || (name.length >= 3 && lower === name))) {
    return { code: "password.like_email", vi: "Mật khẩu không được trùng với e-mail", en: "password must not be the e-mail" };
  }
  return null;
}

/** One line for a person: "Vietnamese (English)", or null when the password may be used. */
export function passwordMessage(password: unknown, email?: string | null): string | null {
  const problem = passwordProblem(password, email);
  return problem ? `${problem.vi} (${problem.en})` : null;
}
