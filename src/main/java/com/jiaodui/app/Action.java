package com.jiaodui.app;

import javafx.scene.input.KeyCombination;

/**
 * A command of the window: its UI text key, its keyboard shortcut (shown in the menus and the help sheet) and what
 * it does.
 */
public record Action(String id, String textKey, KeyCombination key, Runnable run) {
    public String keyText() {
        return key == null ? "" : key.getDisplayText();
    }
}
