/// One break a shift must contain, placed by the optimiser.
///
/// Written in plan.yaml as `{ length: 15m, after: 2h }` (one break once two hours have been worked)
/// or `{ length: 1h, window: [3h, 5h], for_shifts_from: 6h, paid: false }` (a break starting between
/// 3 h and 5 h into shifts of 6 h or more, unpaid). Breaks are paid unless `paid: false`.
/// Coverage counts agents on break as absent.
public struct BreakPolicy: Sendable, Hashable, Codable {
  /// Where the break may start, measured from the shift start.
  public enum Placement: Sendable, Hashable, Codable {
    /// After this much work.
    case after(Duration)
    /// Starting anywhere from `earliest` to `latest` into the shift.
    case window(earliest: Duration, latest: Duration)
  }

  public var length: Duration
  public var placement: Placement
  /// Only shifts at least this long get the break; nil means every shift.
  public var forShiftsFrom: Duration?
  public var paid: Bool

  public init(length: Duration, placement: Placement, forShiftsFrom: Duration? = nil, paid: Bool = true) {
    self.length = length
    self.placement = placement
    self.forShiftsFrom = forShiftsFrom
    self.paid = paid
  }

  /// True when a shift of `length` gets this break.
  public func applies(toShiftOf shiftLength: Duration) -> Bool {
    forShiftsFrom.map { shiftLength >= $0 } ?? true
  }
}
