package tessera.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The UI's user-visible strings (messages.properties, with translations beside it). */
public final class Messages extends NLS {

    public static String DocumentsView_name;
    public static String DocumentsView_language;
    public static String DocumentsView_length;
    public static String DocumentsView_codings;
    public static String DocumentsView_noProject;
    public static String CodebookView_code;
    public static String CodebookView_codings;
    public static String CodebookView_documents;
    public static String CodebookView_category;
    public static String OpenProject_title;
    public static String OpenProject_failed;
    public static String Memo_project;
    public static String Memo_document;
    public static String Memo_code;
    public static String Memo_save;
    public static String Memo_projectButton;
    public static String Memo_others;
    public static String Segments_subcodes;
    public static String Segments_count;
    public static String Segments_none;
    public static String Codebook_failed;
    public static String Codebook_name;
    public static String Codebook_nameNeeded;
    public static String Codebook_new;
    public static String Codebook_rename;
    public static String Codebook_delete;
    public static String Codebook_deleteConfirm;
    public static String History_undo;
    public static String History_redo;
    public static String History_label;
    public static String Code_title;
    public static String Code_howTo;
    public static String Export_title;
    public static String Export_description;
    public static String Export_what;
    public static String Export_matrix;
    public static String Export_attributes;
    public static String Export_cooccurrence;
    public static String Export_segments;
    public static String Export_codebook;
    public static String Export_value;
    public static String Export_aggregate;
    public static String Export_overlap;
    public static String Export_paragraph;
    public static String Export_near;
    public static String Export_filters;
    public static String Export_selectedCodes;
    public static String Export_selectedDocuments;
    public static String Export_coders;
    public static String Export_format;
    public static String Export_file;
    public static String Export_browse;
    public static String Export_job;
    public static String Export_done;
    public static String Export_doneMessage;
    public static String Export_notes;
    public static String Export_failed;
    public static String Export_needFile;
    public static String Export_needSheet;
    public static String Export_needAttribute;
    public static String Matrix_value;
    public static String Matrix_segments;
    public static String Matrix_clickHint;
    public static String Segment_document;
    public static String Segment_code;
    public static String Segment_coder;
    public static String Segment_text;
    public static String Hover_coding;
    public static String Hover_memo;
    public static String Code_selectText;
    public static String Fit_howTo;
    public static String Recode_howTo;
    public static String Recode_title;
    public static String QuickCode_title;
    public static String QuickCode_hint;
    public static String QuickCode_create;
    public static String ShowCoder_all;
    public static String Coder_title;
    public static String Coder_prompt;
    public static String Coder_needed;
    public static String Codebook_describe;
    public static String Codebook_describePrompt;
    public static String Codebook_merge;
    public static String Codebook_mergePrompt;
    public static String Codebook_noSuchCode;
    public static String CodebookView_filter;
    public static String Memo_coding;
    public static String Attributes_title;
    public static String Attributes_of;
    public static String Attributes_none;
    public static String Attributes_name;
    public static String Attributes_type;
    public static String Attributes_value;
    public static String Attributes_define;
    public static String Attributes_definePrompt;
    public static String Attributes_nameNeeded;

    static {
        NLS.initializeMessages("tessera.ui.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
