#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Takes the user's locale, then makes sure its character set is UTF-8.
///
/// Every screen holds box drawing and most hold Japanese: under a locale that is not UTF-8
/// (LANG unset, "C", or a locale this machine does not have, such as `ja_JP.UTF-8` without
/// its locale data) ncursesw draws those as blanks. Then the character type alone falls back
/// to `C.UTF-8` (or `en_US.UTF-8`); messages, dates and numbers keep the user's settings.
func useUTF8Locale() {
  setlocale(LC_ALL, "")
  guard !codesetIsUTF8() else { return }
  for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil {
    if codesetIsUTF8() { return }
  }
}

/// Whether the current character type's code set is UTF-8.
private func codesetIsUTF8() -> Bool {
  guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
  let name = String(cString: codeset).uppercased()
  return name == "UTF-8" || name == "UTF8"
}
