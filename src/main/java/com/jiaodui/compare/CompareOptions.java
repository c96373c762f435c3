package com.jiaodui.compare;

/**
 * How two versions are compared.
 *
 * @param keepWidth when true, half-width and full-width punctuation ({@code ,} vs {@code ，}) and letters or
 *                  digits ({@code 1} vs {@code １}) count as differences; by default they are folded together
 */
public record CompareOptions(boolean keepWidth) {
    public static final CompareOptions DEFAULT = new CompareOptions(false);
}
