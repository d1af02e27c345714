/// Days on which every channel is closed, such as `[2026-12-25]`.
///
/// A holiday closes its whole calendar day, wherever the hours come from: a range crossing midnight
/// from the previous evening into the holiday (`thu: "22:00-06:00"` before a Friday holiday) is
/// closed after midnight too. A range starting on the holiday evening is closed until midnight, and
/// its spill-over into the next, ordinary day is open again: the holiday closes dates, not ranges.
public struct Holidays: Sendable, Hashable, Codable, ExpressibleByArrayLiteral {
  /// The closed dates.
  public var dates: Set<LocalDate>

  public init(_ dates: some Sequence<LocalDate> = []) { self.dates = Set(dates) }

  public init(arrayLiteral elements: LocalDate...) { self.init(elements) }

  /// True when `date` is a holiday.
  public func contains(_ date: LocalDate) -> Bool { dates.contains(date) }

  /// The holidays in date order.
  public var sorted: [LocalDate] { dates.sorted() }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(sorted)
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    self.init(try container.decode([LocalDate].self))
  }
}
