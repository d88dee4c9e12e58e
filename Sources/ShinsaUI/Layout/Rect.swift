/// A rectangle of cells: its top-left corner and its size.
public struct Rect: Sendable, Equatable {
  /// The first row.
  public var top: Int
  /// The first column.
  public var left: Int
  /// Columns across.
  public var width: Int
  /// Rows down.
  public var height: Int

  /// Creates a rectangle.
  public init(top: Int, left: Int, width: Int, height: Int) {
    self.top = top
    self.left = left
    self.width = width
    self.height = height
  }

  /// The last row inside.
  public var bottom: Int { top + height - 1 }

  /// The column just after the last one inside.
  public var right: Int { left + width }
}
