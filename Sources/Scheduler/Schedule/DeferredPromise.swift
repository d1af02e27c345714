/// A deferred channel's published promise, judged over the week as validation measures it: the
/// share of the week's contacts completed within the window (first come, first served).
///
/// `DeferredLateness` turns it into one row over its `late` columns (FORMULATION.md, "Deferred
/// promises").
public struct DeferredPromise: Sendable, Codable, Equatable {
  /// The share of the week's contacts to complete within the window (0.9 for 90%/24h).
  public var share: Double
  /// Planned above `share` (``ServicePromise/roundingMargin``).
  public var margin: Double
  /// Contacts arriving in each interval of the week.
  public var contacts: [Double]

  public init(share: Double, contacts: [Double], margin: Double = ServicePromise.roundingMargin) {
    self.share = share
    self.contacts = contacts
    self.margin = margin
  }
}
