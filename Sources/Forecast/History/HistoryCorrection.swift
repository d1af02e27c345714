/// A fault in a history file that was corrected rather than refused, reported to the planner.
///
/// Real exports have these; each kind is counted once per channel with the first line it
/// happened on, so the report stays short however large the file.
public struct HistoryCorrection: Sendable, Hashable {
  /// What was corrected, and how.
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    /// Rows were not in time order; they were placed by their timestamps.
    case unsortedRows = "rows out of time order were placed by their timestamps"
    /// A handle time of zero or less was left out of the handle-time average (the contact still counts).
    case nonPositiveHandleTime = "handle times of zero or less were left out of the handle-time average"
    /// A repeated local time (clocks going back) without an offset was read as its second occurrence.
    case repeatedLocalTime = "a repeated local time without a UTC offset was read as its second occurrence"
    /// Rows on holidays were kept out of the history (the plan says the center is closed).
    case holidayRows = "rows on holidays were left out (the plan lists the day as closed)"
  }

  public var kind: Kind
  public var channel: String
  /// How many rows it touched.
  public var count: Int
  /// The first line it happened on.
  public var firstLine: Int

  public init(kind: Kind, channel: String, count: Int, firstLine: Int) {
    self.kind = kind
    self.channel = channel
    self.count = count
    self.firstLine = firstLine
  }

  /// `history.csv: voice: 12 rows from line 40: handle times of zero or less were left out ...`.
  public func message(file: String) -> String {
    "\(file): \(channel): \(count) row\(count == 1 ? "" : "s") from line \(firstLine): \(kind.rawValue)"
  }
}
