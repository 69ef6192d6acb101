package dev.formcheck.modelimport.core;

import dev.formcheck.common.FormCheckException;

/**
 * The importer's one exception type: its message names the file, tensor or node at fault and is
 * meant to be shown to the user as it is.
 */
public class ModelImportException extends FormCheckException {
    public ModelImportException(String message) {
        super(message);
    }

    public ModelImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
