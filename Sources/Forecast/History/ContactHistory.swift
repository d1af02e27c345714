/// Contact history per channel and local day, on the plan's interval grid.
///
/// Days are keyed by local date; a day is present for a channel when the file had at least one
/// row for it that day, and then every slot without a row is zero (docs/reference.md). An open day without
/// any row is absent: missing data, not zero. Holidays are never present (they are closed).
public struct ContactHistory: Sendable {
  /// The grid the history was read on.
  public let intervalLength: IntervalLength
  /// Channel id -> local day -> contacts.
  public internal(set) var channels: [String: [LocalDate: HistoryDay]]
  /// Faults corrected while reading, in the order met.
  public internal(set) var corrections: [HistoryCorrection]
  /// The handle-time column of the file (`aht_seconds` or `handle_seconds`), `nil` when the header
  /// has none (a volume-only history).
  public internal(set) var handleColumn: String?
  /// The line of the file's header.
  public internal(set) var headerLine: Int

  public init(intervalLength: IntervalLength, channels: [String: [LocalDate: HistoryDay]] = [:],
              corrections: [HistoryCorrection] = [], handleColumn: String? = "aht_seconds", headerLine: Int = 1) {
    self.intervalLength = intervalLength
    self.channels = channels
    self.corrections = corrections
    self.handleColumn = handleColumn
    self.headerLine = headerLine
  }

  /// The first and last local day with data for any channel.
  public var dateRange: ClosedRange<LocalDate>? {
    let dates = channels.values.flatMap(\.keys)
    guard let first = dates.min(), let last = dates.max() else { return nil }
    return first...last
  }

  /// The days of `channel` in date order.
  public func days(of channel: String) -> [(date: LocalDate, day: HistoryDay)] {
    (channels[channel] ?? [:]).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
  }
}
