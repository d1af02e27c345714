extension String {
  /// The text without leading and trailing spaces and tabs.
  ///
  /// Returns `self` untouched in the common case (nothing to trim), without the Foundation bridging
  /// that `trimmingCharacters(in:)` costs: readers call this on every field of millions of rows.
  public var trimmingSpaces: String {
    let bytes = utf8
    guard let first = bytes.first, let last = bytes.last else { return self }
    if first != 0x20, first != 0x09, last != 0x20, last != 0x09 { return self }
    return String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
  }
}

extension LocalDateTime {
  /// Parses exactly `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS` from UTF-8 bytes, or returns nil.
  ///
  /// The fast path for the millions of timestamps of a history export; anything else (offsets,
  /// spaces, `24:00`, errors) goes through ``parse(_:)``, which explains what is wrong.
  static func parseCompact(_ text: String) -> LocalDateTime? {
    var text = text
    return text.withUTF8 { bytes -> LocalDateTime? in
      guard bytes.count == 16 || bytes.count == 19 else { return nil }
      func digits(_ from: Int, _ count: Int) -> Int? {
        var value = 0
        for index in from..<(from + count) {
          let byte = bytes[index]
          guard byte >= 0x30, byte <= 0x39 else { return nil }
          value = value * 10 + Int(byte - 0x30)
        }
        return value
      }
      guard bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[10] == 0x54, bytes[13] == 0x3A,
        let year = digits(0, 4), let month = digits(5, 2), let day = digits(8, 2),
        let hour = digits(11, 2), let minute = digits(14, 2),
        (1...12).contains(month), day >= 1, day <= LocalDate.daysIn(month: month, year: year),
        hour <= 23, minute <= 59
      else { return nil }
      var second = 0
      if bytes.count == 19 {
        guard bytes[16] == 0x3A, let value = digits(17, 2), value <= 59 else { return nil }
        second = value
      }
      return LocalDateTime(date: LocalDate(year: year, month: month, day: day), hour: hour, minute: minute, second: second)
    }
  }
}
