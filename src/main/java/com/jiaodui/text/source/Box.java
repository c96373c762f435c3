package com.jiaodui.text.source;

/**
 * A rectangle on a printed page, in PDF points (1/72 inch) from the page's top-left corner, y downwards
 * (the way a reader sees the page and a renderer draws it).
 *
 * @param page 1-based page number in its source file
 */
public record Box(int page, double x, double y, double w, double h) {

    public double right() {
        return x + w;
    }

    public double bottom() {
        return y + h;
    }

    /** The smallest box holding both (on this box's page). */
    public Box union(Box o) {
        double x0 = Math.min(x, o.x);
        double y0 = Math.min(y, o.y);
        return new Box(page, x0, y0, Math.max(right(), o.right()) - x0, Math.max(bottom(), o.bottom()) - y0);
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= right() && py >= y && py <= bottom();
    }

    /** Distance from a point to this box (0 inside). */
    public double distance(double px, double py) {
        double dx = Math.max(0, Math.max(x - px, px - right()));
        double dy = Math.max(0, Math.max(y - py, py - bottom()));
        return Math.hypot(dx, dy);
    }

    /** This box scaled by {@code f} (units to points). */
    Box scaled(double f) {
        return new Box(page, x * f, y * f, w * f, h * f);
    }
}
