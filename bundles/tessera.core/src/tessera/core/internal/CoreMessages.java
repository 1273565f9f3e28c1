package tessera.core.internal;

import org.eclipse.osgi.util.NLS;

/** The core's messages for people, in English and Chinese ({@code messages*.properties}). */
public final class CoreMessages extends NLS {

    public static String listenerFailed;
    public static String mergeDocumentRenamed;
    public static String mergeCodeRenamed;
    public static String mergeMemoEdited;
    public static String mergeAttributeType;
    public static String mergeValue;
    public static String importedBefore;
    public static String importDocumentNameTaken;
    public static String importCodeTaken;
    public static String importSetTaken;
    public static String importAttributeTaken;
    public static String unknownEncoding;
    public static String invalidBytes;
    public static String badBom;
    public static String binary;
    public static String noSuchFile;
    public static String tooLarge;
    public static String unknownAttributeType;
    public static String notText;
    public static String notNumber;
    public static String notDate;
    public static String notBoolean;
    public static String emptyPathName;
    public static String noMemo;
    public static String moveUnderItself;
    public static String categoryNotCodable;
    public static String mergeIntoItself;
    public static String notLanguageTag;
    public static String noAttribute;
    public static String documentNameTaken;
    public static String pageStarts;
    public static String noSet;
    public static String attributeNameTaken;
    public static String alreadyCoded;
    public static String noWordsInVivo;
    public static String setNameTaken;
    public static String noCode;
    public static String noDocument;
    public static String noCoding;
    public static String badColour;
    public static String needsName;
    public static String thingDocument;
    public static String thingCode;
    public static String noParentCode;
    public static String thingSet;
    public static String thingAttribute;
    public static String codeNameTakenTop;
    public static String codeNameTakenUnder;
    public static String rangeOutside;
    public static String noChange;
    public static String operationFailed;
    public static String closed;
    public static String diskFull;
    public static String fileNotWritable;
    public static String breaksRule;
    public static String databaseError;
    public static String noSuchProject;
    public static String notAFile;
    public static String notSqlite;
    public static String cannotRead;
    public static String readOnlyFile;
    public static String readOnlyFolder;
    public static String sqliteCannotRead;
    public static String otherProgram;
    public static String newerSchema;
    public static String noSchemaVersion;
    public static String upgradeFailed;
    public static String upgradeStart;
    public static String upgradeStep;
    public static String changedOutside;
    public static String noRow;
    public static String alreadyExists;
    public static String noFolder;
    public static String cannotCreate;
    public static String cannotOpen;
    public static String undoRefused;
    public static String syncInUse;
    public static String syncGone;
    public static String syncBothChanged;
    public static String syncChangedOnServer;
    public static String syncRefersToGone;
    public static String notAnOfflineCopy;
    public static String otherProject;
    public static String passwordNeeded;
    public static String notATeamProject;
    public static String addressMalformed;
    public static String addressScheme;
    public static String addressParameter;
    public static String addressPort;
    public static String addressDatabase;
    public static String databaseNotEmpty;
    public static String noDatabase;
    public static String loginFailed;
    public static String serverUnreachable;
    public static String connectionLost;
    public static String lockFile;
    public static String cannotLock;
    public static String beingUpgraded;
    public static String inUseUpgrade;
    public static String thisProcess;
    public static String anotherProcess;

    static {
        NLS.initializeMessages("tessera.core.internal.messages", CoreMessages.class);
    }

    private CoreMessages() {
    }
}
