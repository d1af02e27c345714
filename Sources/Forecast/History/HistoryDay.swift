/// One channel's contacts on one local day, per time-of-day slot.
///
/// Slots are wall-clock positions (`08:00` is slot 32 with 15-minute intervals). On a 25-hour day
/// the repeated hour has two real intervals in the same slot, on a 23-hour day the skipped hour has
/// none; ``volume(slot:)`` divides by the number of real intervals so every slot reads as "contacts
/// per interval", the rate forecasting models need.
public struct HistoryDay: Sendable, Equatable {
  /// Contacts per slot, summed over the slot's real intervals.
  public internal(set) var contacts: [Double]
  /// Sum of known handle times (seconds) per slot.
  public internal(set) var handleSeconds: [Double]
  /// Contacts with a known handle time per slot.
  public internal(set) var handled: [Double]
  /// Real intervals in each slot that day: 1, or 0 / 2 around a daylight-saving change.
  public let realIntervals: [UInt8]
  /// Rows read per slot (per-interval files), for duplicate detection.
  var rows: [UInt8]

  init(realIntervals: [UInt8]) {
    let slots = realIntervals.count
    self.contacts = Array(repeating: 0, count: slots)
    self.handleSeconds = Array(repeating: 0, count: slots)
    self.handled = Array(repeating: 0, count: slots)
    self.realIntervals = realIntervals
    self.rows = Array(repeating: 0, count: slots)
  }

  /// Contacts per real interval in `slot`, or nil where the slot does not exist that day.
  public func volume(slot: Int) -> Double? {
    let count = realIntervals[slot]
    return count == 0 ? nil : contacts[slot] / Double(count)
  }

  /// Mean handle time (seconds) in `slot`, or nil when no contact had a known handle time.
  public func handleTime(slot: Int) -> Double? {
    handled[slot] > 0 ? handleSeconds[slot] / handled[slot] : nil
  }

  /// The day's total contacts.
  public var total: Double { contacts.reduce(0, +) }
}
