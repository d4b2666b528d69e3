from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "park_settings" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "round_time_limit_s" INT NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "park_id" INT NOT NULL UNIQUE REFERENCES "park" ("id") ON DELETE RESTRICT
) /* A park's own settings; a park without a row has the defaults. */;
        CREATE TABLE IF NOT EXISTS "round_preview" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "proposals" JSON NOT NULL,
    "unmatched" JSON NOT NULL,
    "round_id" INT NOT NULL UNIQUE REFERENCES "match_round" ("id") ON DELETE CASCADE
) /* A dry run's answer, kept for its officers to read for a while and never applied: plain */;
        ALTER TABLE "match_round" ADD "dry_run" INT NOT NULL DEFAULT 0;
        ALTER TABLE "match_round" ADD "failure" VARCHAR(500);
        ALTER TABLE "match_round" ADD "started_at" TIMESTAMP;
        ALTER TABLE "match_round" ADD "stage" VARCHAR(8) /* QUEUED: QUEUED\nLOAD: LOAD\nBUILD: BUILD\nSOLVE: SOLVE\nSTORE: STORE */;
        ALTER TABLE "match_round" ADD "deadline_at" TIMESTAMP NOT NULL DEFAULT '1970-01-01 00:00:00+00:00';
        ALTER TABLE "match_round" ADD "heartbeat_at" TIMESTAMP;
        ALTER TABLE "match_round" ADD "percent" REAL;
        ALTER TABLE "match_round" ADD "state" VARCHAR(12) NOT NULL DEFAULT 'PUBLISHED' /* RUNNING: RUNNING\nPUBLISHED: PUBLISHED\nPREVIEWED: PREVIEWED\nFAILED: FAILED\nTIMED_OUT: TIMED_OUT\nCANCELLED: CANCELLED */;
        ALTER TABLE "match_round" ADD "finished_at" TIMESTAMP;
        ALTER TABLE "round_lock" ADD "round_id" INT;
        UPDATE "match_round" SET "deadline_at" = "created_at", "finished_at" = "created_at";
        CREATE INDEX "idx_match_round_state_73f8ec" ON "match_round" ("state");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP INDEX IF EXISTS "idx_match_round_state_73f8ec";
        ALTER TABLE "match_round" DROP COLUMN "dry_run";
        ALTER TABLE "match_round" DROP COLUMN "failure";
        ALTER TABLE "match_round" DROP COLUMN "started_at";
        ALTER TABLE "match_round" DROP COLUMN "stage";
        ALTER TABLE "match_round" DROP COLUMN "deadline_at";
        ALTER TABLE "match_round" DROP COLUMN "heartbeat_at";
        ALTER TABLE "match_round" DROP COLUMN "percent";
        ALTER TABLE "match_round" DROP COLUMN "state";
        ALTER TABLE "match_round" DROP COLUMN "finished_at";
        ALTER TABLE "round_lock" DROP COLUMN "round_id";
        DROP TABLE IF EXISTS "round_preview";
        DROP TABLE IF EXISTS "park_settings";"""


MODELS_STATE = (
    "eJztXetz2ki2/1e6+DKZLW8qcWInl2zdKozlhAkPX4yTuztMKUJqQGPRInrYw92b/31PN5"
    "LQoyUkEFgo/QWE1KeFfqfVfd7978bC1LBhv2y5mu5Ij5g4jSb6d4MoCwwHnKtnqKEsl5tr"
    "9ISjTAzWXKHtZBw0nNiOpai0y6li2BhOadhWLX3p6CahBF/nJlLnCplhDT3NFecMPjH5gL"
    "4tFetB1rVvyFbNJbbZRaQQZE6nuoottFBWyMKK9pLeRzNVuJFOZuV16RL9u4tlx5xhZ44t"
    "6Pj3P+C0TjT8F7bpz98b5uRPrDqys1piSuL91LXGH7Tp8kGe6tjQInjCRbjEzq/p4FyHOD"
    "esIX2Siayahrsgm8bLlTM3SdBaX0M7wwRbioNp947lUmiJaxgeI3y010+xabL++yEaDU8V"
    "16AMotTrP7A515Dl/mAk30kjWW4kmOdThMD3TqkmoYyHv2qzp5/Rv/D389dv3719/+by7X"
    "towv5mcObdj/WtN8CsCRk8/VHjB7uuOMq6BcN/AyqMMPqPEsC254rFR3ZDEUMX/nYcXR/L"
    "LHj9Ext8N+P9GAAvlL9kA5OZM4efl28z0PzSGrY/tYYvLt/+ysYsvJ7rV7fvXTlnlyjgG4"
    "BjAz0vyjGyGkL95jwH1G/OU6Gml7hQ8+aJrUBz54s6wFz+iPbWggKTcYhi+4zMQdibcDMA"
    "Pr0peYOn7S4WirVK4vnb3aDPBzREEgNU01UH/T8ydDsPsFUbuhm4UTBozwvb/m6Eh+iLXu"
    "t/46O33R1cMXBM25lZrBfWwVUMehVkFgBHVpwk+tdwxdEXmM+BKGWcCR7pS/+gHFYcdZBT"
    "aW5AjJV33wzOjDo96W7U6t1G2HPdGkn0yjk7u4qdfXEZY1nQCfraGX1C9Cf616AvxbkYtB"
    "v9q0H/k+I6pkzMJ1nRQhD5Z30YI0wHAca0ik1gYZIDzWDHXSJKmMKonD59SBMqTSsJ741p"
    "YX1GPuMVQ7kDf0khKk++8VSnexvnWYArBu4Pf/T4Zzd/0VKeAsUmMqjg2eGJscOefggjfN"
    "hpA8gU44miPjwpliZHwKZXzHMzdiZom7y0OF/EzyhEmTF46HPQfx1orM58ZD5g0uCqs/7F"
    "s2xt1pmDBui326rMttAEKxZokozmAzJh6kG6Y6MHvAJldK7Yc6TbyAbIMEdxLU6+XUkViu"
    "gxFVHGOJkyqoj0HqUqR3x/XpgPLLyflsRz3EWxviIP/mupQ287cD1KWUOunwiXfUwy2Wzh"
    "R5gPd3m5o5QlsLmaMlktuOyCVFxMfQlR7KS9VO2dPbD64npqx3G0l6qBm1d9CQ2qiPbSbt"
    "21W9fScykvVwp5aHD0Fnb+LEtlmfgttikr6VAKpaJaSgX7TsCark747WvoBzh/9SqHLgGt"
    "UpUJdi2mTcBbVARfv33tFLXynVlCUUuHvl6KWkISSV84Q044y9Rc1bGTg+PKo7z5PMSGku"
    "Kr9xbFtoU13bld93WCIyFNVknIy3viVC9D9I9Dyl9tc7FUyIongvmXMqUwNdRICGJCEBOC"
    "WB5BzLVVtQi+fvvaCWKv3+cA9/X7VGzppSi08FQu3I8Tn5EOb5imhkP4dR6M0yGOI2zr/4"
    "dl1VBszipNMZaIu0jYXKLxMJEeqox4o9dpDwdNxL7G5K7X6nabiH2NSU+67tz34CL7HpNu"
    "a/hRaiL2FXd55uFTnnch/VVIvAlT0wUsQD7gxItSlYT/LkSpstSR6nCpDLsyVSdiAOLF0j"
    "BXGHPGeaqEEaER1ltO/JxCiKsYskVD50Hmm2LO8LzSZ+nBPVz6OkH9X+fnb968O3/15vL9"
    "xdt37y7evwowT17KAv+q85HiH5kwkgxxsDqHZ7H1GWF6FWe4p4c2comPH+TY+MfUJSzSHU"
    "1c3XB0Yr+k9/vvxvFnkoOEPj5iS4ebcZSdK9M0sEL47AmTxbgyAbpDsSM4c1zkrwaDbgT5"
    "q05s9Pfve1eSL+1AI91JeSl84HYw6MVIhXe2yt5ZYbdNX43qZbd93pyIyjH3sD55ClcS3c"
    "I++VuvmxMDN69PPjSoCkcUh/Q8nQCK8H9kgrG2p+n8xu+sj9dSQ02gj7z+c90qCa5PrKc6"
    "Y7W0TJh8FWNPoG69buoKk/BaHdVrFXGE8nxXcU9phgeLNZWXobZ50h8U8vCLjdbEyCN+ib"
    "7BONDkv32j2QvOHKPvrukoaA4PhSYr1AYtujPsSddIIRr86t12pRH8Ct6xD3Gz4eHuNCbQ"
    "G8u7WJiPmPZhme5sjoCRcB94TsVA7pKKr/Sa4qAHjJcIaJ50Z64Tdk8HbglgN86EB0948C"
    "o0Jx3Bg7fQiawsTJc4xS2YSdo6qRRHtl5SVu/MiAStYMTujIBR7WBrIS9M4syL+Ew4lHXi"
    "Q2meEzpcd0Q4SSkQThnD9PHlybLg+A1RCWRTxu4OyEapBLIcZAEt0CwBAaOI3y5KJaqS7O"
    "Ga86KHdF6cQDoDolTCY1o6WzZBRsUYE6cTrCmdNRb+7rI05Xj0QEHvdmY/wt1dwN1NRRgv"
    "lFtWZlheYYVnzswUgbj0x1uyX53Ies0MdQCWSzgu51SAY1RCEkpFdldjAI+6TjAf2RzAzN"
    "NFR3mUSMwdXFB3HeAc4togfOTB/agYuiYDkDpH6UqPrY6R/dTB1bQu8SPHRZEp8G2IDibd"
    "JZxA/omTle1EiFv67FHfEDfqNi4W4haiqJPcc6gQN7/+yJ4hbn6hkxMDN2+IW2hQ7RHidv"
    "wgpJ8kyiYascmBtwca/ciknwcO2XzWaIyM0cweS46FF/kPadEhBwskt8yDaTEWPOCVj6/3"
    "IgTc8S5FI5C8Rl48Due6H1vLLeME5+UE9D8yg6miIZ+cYKpETGh6MFU0FpW1FVUBTmnBO0"
    "MZMUXAUhjsE05udbrOEyH6qTUemDkdd/ec6YD6UCFaiaHaGNxK/YI+B0bTRPRzTHqtUfuT"
    "dN1E3sGY3Nx3bzrdLj0XHI4JFYavh62vQBgcNvIN+Wiie56yTq/Tyzq9PvGyTmLHgVJUp6"
    "lu2Q4VBuBgsRPz+T2ITMAqZwLSuGYNdBeyA7/jtILTVeb0rgZ04RsqreLALkGMIoBxu4No"
    "6VrwthSK/A+R1DD4/yJX8P9FRvD/Ba+Oqgi5e9YAIhFNerAJxMJTbFlUY19bbgvFzvGpRQ"
    "Rd6S+AH2tVyM4VJRLDf7uPJ1TddE83T6iY6olBnNfTEx1dwtlTPuIHTakOVTLguACidQ7S"
    "7f+hygrC+C+M/8L4L4z/wvgvjP8VsQ4K478wCQvj/8/NaUd3jEL20YCghtbRg5RGsUwDyy"
    "pAMjPTyvBvl3gSnVQZ/YbU/9jpS9Kw0/8oD0G8if4ek7vPTNiRR8PWtXTXRNHfY3I7HFzf"
    "t0edAQhBm2Oga3WlO7nXGn6GF6f/EQijJ6iU1W99lHpSf0QFLf94TAY3N522JLeuex0qkY"
    "V+Qa/S8Av8pP/DO9pF3jrPN3QyRk584MxBqCiaMRShESYtjkXXftANni0lIwM6oBCW2/Jd"
    "FzqRseaqKfnO+WbHRCeVnh37sJQ3Ef0ck9/u+53BUP7U+fipiUI/xoR+ynftT4NBt4lCP8"
    "bky6DdovNhqyu3BzBv0k02kufG5KoFemZ3MGwi/4jOj3cjaUjnRvo9JteD9mgwBEGkiYLD"
    "asx+tmIo1kqmrC0cmZCkrdNUeOToBB9MYPfOjNjQCkbszAjh5BJOrno5uQ7pwOmaM53cKL"
    "rhWrjBceFErp9lOXEM2lKehppuLYg7IBhRAqwhRn1Gi9DSErG0LjL9I4gOFQ29eAC9nCDT"
    "QsR0fj1DUzhaYuvvisqEeFaF1nEMYNXL+Kp8qHsIR1O1HE0+N4vYaMI0R/OQHM9Kc3GRR9"
    "i8uEiXNum1U3ZuHHe9rZd3I7H0P8/61FMcdT6kuwvyVqfQ1cy1aUHbyVbQMEepdtYYTS1z"
    "wVaLhbnAsAroDq2cDhKNBeOyiYb3/X6n/zEog6477OIM22eUCpYTuvrotCo6dcbi5PJ0qB"
    "uNyZh8m+ozWIttVu0dL5bOCrEqIuw+KohpaK5AN6bxCOuf7nxA3+YY7jeBFxVe02/eH1jQ"
    "1RHWzKe5iR+xhSyX2NB6TF7QnytkY1r8nS6ctgnrpm2uC78r3oMBmY3Rk2k9AK2m0zvZdI"
    "nVVazBHTV4aWBRxf4NvQezoP+l4a6L1NPU1V9srz86OyBDX+iOWIcruA4/6IQDaz77lE9b"
    "abPUTaff6reZWT04HJOh1B7ed0Zri3rohwhJEKv2MVftiHca1PC5U8iGHyIRmQZ7mOu9hb"
    "cI9CGSavhP6G1r4z/RrJUMggvHLJtVOCxEJerCFqgdxkTQXaWAgPh4QYuedF1wsPtkgXQ+"
    "Jrf3V93OHYtfDA6pn1760pG+srP+4ZjctDrroEb2PSZ0xr+WB/cgQASHY9IGCUNaRz8Gh9"
    "UQKpj6sQeTZ7sz+TiBTo3/uZfuKfDr7zHpDlrwi36OydV9pws/2NeY3A26X6QmYl/wazQY"
    "0l/0axdevc/BqvepnHofZ9QSWyrmhUfcGKaStnHphibGoSklqgyPSom7HsCrKtFXs92563"
    "iLTyDIsYvRCW8otbrJl8HaTcKOUooowCpHAU51otvzHcN7I6SCz1Xmc8goVZTPMdIaasx1"
    "YnTY3lmU03Fa8UpXmdMhv3Re92CIpMJS6o7ewcNUuPCshZOi0TdxOhGAwyuysKkFmhPXEI"
    "VAdHtIk18idc94pl1r2VZjtt8azBQaVCmRTPwpoQRkc+51fqrIJqbBkyqHcCqoR4bnI7ao"
    "nXtPlFgEwpd1V3VCqlBgR6Qa0KOOn9IxHRA8MuEjJ7K3m/5OS+TKBLZAEAxbUTjhL/5Kkx"
    "744i9poqTGSQkpZyijpEbBKMdDRzg+oxJzkERUFd6iIvj67cvB93mHbgTdN3lcRm/SXUZv"
    "Ei4jC89S09f44G4oxPDNOXxFrM9PEutTIEI3nrbD3XW6iMRbv5ydWDECEDv3hCgam1xHlI"
    "SOmQsmzdIf933fhli1XN2hoeHXlreZYR2xMqdTXcW8TaSLoJXTTnRK2uIOariNHQful4Fl"
    "fj2capp3of5qhGzq1mbhXbki8BXe3azNtuK6XXd4clpBhvmSu81Z4mkT+50Fm8ZFNzvj7m"
    "gW3/YsZH4uabOzzUjIsr8Eoz/FDhN+O7LtMXL4xcyTiuTlv9D0VJ/0A1LYaUTLiJnuOt3m"
    "ieXz0IwZbwzYvHyjPXsT5qBqmYOYqCpTjUxmWVFykc0x+MTH8xVevjqZPdSX2o5qdZRSqN"
    "VVUas5YSNJDef5Xe4nP3ntlUi8zTnvS7AHds1XVf4q6JgvLy070Nl50lBIn8+QhMKthHfq"
    "lN7oLHFE5P9WMP83tL9C0b15OKTVSE+sVXnHZ9xbsGKmmmcq3kerYSShz0iQCih2TI+qmh"
    "B/4PyoCegID5r5xBnf6XNPhEjko+8xvwCQNvyDIuCHSAT0e0B/elu43A4Ht4M7L824gGTk"
    "07Fi5OxoTNowvDrDHktf9g+ptPSb1B7Rk/7RmNzd30pDoKFnN8e0h95tVxqte/AOx+Raan"
    "c7fXrSP6qGpKVhVdd2MhNFKUUyUXWsQslkIsorG54fGqTVOUhncoSwfolFr1/limqizdLf"
    "q1fJuCbTdVRzgeVdRWU+vRCZdxWZQTHkBTWkb7mg86vbnDLkpXkX/MFZdD6J04nppPB0Un"
    "ihjlKKhbrKC7UIhk1/zU7Ta5en8J3YAeAwq5SvohRN707QCRGAAy4N6yyIa4hEQJqElNZD"
    "JmrIfVEAWy6tADlddC06KSToBLii5MMREI0El+YFNUIkBmoS1nUgYSFQwyRiqG6vThLsXh"
    "DzURYtolHLvKSzWCxUeHDlqFIiKr8coPKL2CCs3A3C0kXbEjC+8Tvse/2d1nqWF2iuWJ9n"
    "gthks+w7mAvmAp0o0FGRKQfCmp/WuCe+O2RKnijEYfU/D8CBFaYElOuVYZlANm6wygHvRp"
    "8V8G6BN6H6V2pHzMQEwglx500y6aHu1qa1HExzeRL//jQncFG3PqBvE9N05rbs2lj7htiO"
    "lPYmogYpRNtEx6AgL5+dX5iP2EYmMVZoPTZj+YDl32RM6I5gOn0OxUDr/CeRPFjFaH1Hd4"
    "xCDueAoMox+ju6mg9Sjkfj7oRCfY8pNn3+5icRj+MJIp0VXtwaSTHQHjFxCw3LgEAMy3zD"
    "ks30sqosFVV3OBJL6syaJBS2O449NLSSFgV3Q3U8ZE8lC9syDQyDz8Ez0+LWsMqIZ0+Sik"
    "SmSEBHKdHuD7rBqweVzpcNhWBH6eyAh3fpXyr2qkSpBFtKZwv+a4nVdXSZg4nm2wJyrhIp"
    "1MItyd+IsMrJN5yxP7iV+gXHOaNpIvo5JjAGWQ7O+juu7+cROEvefk7EYKbjXt8YTBG5Ij"
    "YrqYCpuWBNlMpsplGxdTmzgOLBDPE0hqNrqtytDzYXzzJN7ywOxPDbbbW5f4J/hp7muoFZ"
    "DTwgRlPTQi/oODpDtEDJr4g6610H2x9Ycbw1i9ADXiEbW7oCgiq216Q2UlTLtO2E0f0gdx"
    "kTGKYqtm1ha6+krZ3Wr+QKonxYvea121Xg8m0O8fLybap8SS89f+xhxebnsvUmRf3u6tZO"
    "QnuMVEjtVZfa96rPV/Jq7+/0lLbgh3aC2rbmhzahyuNq16wVslzyC3Vn20/YgmUYLx22LO"
    "uOjfy65MgxEWU/u6D4azis3wQ/YjizXBo61ppoacBwSaz7h7kNW/iZYMmauGRBI3yxhjBh"
    "RrwzZLqOrWuYSRJBW4YXnFIcBK8Vbbj25LsOE2Nt5NpYCBIVFCQytJF0m26ESBT02cN4G7"
    "xfReCPEAn49yllVYVMk5OfX/Za9LfmpBSsyrtfRspJ1OZNzUfxNyUosTZvZDfSNEkqtFvp"
    "NknqMdR0qyT1lcoTClq6E5jPqBCyNm/Yiq6BdINMghGNvAdpB1HQQCqxqCDjzY4gqlgg7a"
    "wQMZ3k3gUl9j0GqamFQoGZXl9/utqMCkLIy8hgOyIgxTCYeEZ7t5sIK+p8fSeQiNZbJNgA"
    "MfKAyik0/R7Uuw2lIgTj5A8hUx3VOCPKFlevbLGo43EY607xagj71kCoO6KpGsGVaRpYIX"
    "xU01WCCZCdIKwZmF0NBt2ILnDViZWY69/3riSYIdgEsSkmzAkCZJVpi9jSNxT1K5BW/i69"
    "E+ouoymSlmsUCxxLUorgsXoqwM/9CohSC9VXbZ87kY8lUXL0Xz+5Ml3vhSs0CN/KpfKmAy"
    "oM59VS8ihL2XEB0SFMI3zxW33xS8W2n0x4c+eKPS+Cc4Kwytr0rplcFxd5MrkuLtIzuei1"
    "ZErMrpYLn7bKWDdoynGr/891+X84GJOrVv+z3Gv1Wx+lYROFf43J4Oam06anvYMxaV33Ov"
    "0mYl872TUu89g14k77kF3jMs4yWE24tS4ylcUN0RF1RX9qOlldUQSfp4/yeoWxRDRYhRQM"
    "Pg9RiHgwzmv0TJbYmsN6/CSJGgKaocc/Rwm6iiGcV4svXIGOzpglAHvldVNPVEPLSuWqUJ"
    "4opOVk9CiupjsyfsT07klBvEBST4v2JNGO6oN5ZFQ65gPmbR1YDCRnPqL9nKCcnAukdSbO"
    "fiDV0locLYbkbX8m8uiyUPLK4wmQjpls2MKWrs4bHHeBd+Us02GwaSPcBccaJ4d2Fzxiy9"
    "aLBRqESKpsU62S/Zq+VAUQ9prXEN3XeTe6y9rnLhlCRxxPNM0bxBEiEYkKBeM0njWX7sd/"
    "AFoURKA="
)
