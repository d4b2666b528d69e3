import base64

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

# The audit trail names its object by type and primary key; an event's global id (base64 of
# "<Type>:<pk>", unpadded, URL-safe) is decoded into the key, and encoded back on a downgrade.
# SQLite has no base64 in SQL: the rows are converted here, one statement per object. A column
# added NOT NULL needs a default on SQLite.


async def upgrade(db: BaseDBAsyncClient) -> str:
    await db.execute_script('ALTER TABLE "audit_event" ADD "object_pk" INT NOT NULL DEFAULT 0')
    for row in await db.execute_query_dict('SELECT DISTINCT "object_id" FROM "audit_event"'):
        global_id = row["object_id"]
        decoded = base64.urlsafe_b64decode(global_id + "=" * (-len(global_id) % 4)).decode()
        await db.execute_query(
            'UPDATE "audit_event" SET "object_pk" = ? WHERE "object_id" = ?',
            [int(decoded.partition(":")[2]), global_id],
        )
    return """
        DROP INDEX IF EXISTS "idx_audit_event_object__f85e0e";
        ALTER TABLE "audit_event" DROP COLUMN "object_id";
        CREATE INDEX "idx_audit_event_object__38be65" ON "audit_event" ("object_type", "object_pk");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    await db.execute_script("""ALTER TABLE "audit_event" ADD "object_id" VARCHAR(64) NOT NULL DEFAULT ''""")
    query = 'SELECT DISTINCT "object_type", "object_pk" FROM "audit_event"'
    for row in await db.execute_query_dict(query):
        spelled = f"{row['object_type']}:{row['object_pk']}".encode()
        await db.execute_query(
            'UPDATE "audit_event" SET "object_id" = ? WHERE "object_type" = ? AND "object_pk" = ?',
            [base64.urlsafe_b64encode(spelled).decode().rstrip("="), row["object_type"], row["object_pk"]],
        )
    return """
        DROP INDEX IF EXISTS "idx_audit_event_object__38be65";
        ALTER TABLE "audit_event" DROP COLUMN "object_pk";
        CREATE INDEX "idx_audit_event_object__f85e0e" ON "audit_event" ("object_type", "object_id");"""


MODELS_STATE = (
    "eJztXet32kiW/1fq+Esne5hMbCfurLNnz8EYJ0zb4MU4PTPNHFlIhVFblGg9TLOz+d/33p"
    "IEepRkiZeFUl9ASHVL4ndLVfdd/z6aWjo1nXdNTzfc9jNl7tE5+fcRU6cUDgRXG+RInc1W"
    "1/CEq45M3lzFdgpdNhw5rq1q2OVYNR0Kp3TqaLYxcw2LIcGvE4toE5U9Up3MJ6rbgE/KPp"
    "OHmWo/KYb+QBzNmlGHXyQqI9Z4bGjUJlN1QWyq6u/wPrqlwY0M9ri9Lj1m/OFRxbUeqTuh"
    "NnT827/gtMF0+id18OdvR9bod6q5iruYUSQJfs6ejv6FTWdPytigph7D09CxJT/v08G5Dn"
    "OveEP8JyNFs0xvylaNZwt3YrFla8OH9pEyaqsuxe5d20NomWeaASNCtP1/sWriP36ERqdj"
    "1TORQUjtP8Dq3JGidHsD5a49UJSjFPNCigj4wSnNYsh4eFSH//tHfIS/nBx/+PnDp9OzD5"
    "+gCX/M5Zmfv/u3XgHjE3J4uoOj7/y66qp+C47/ClQYYfhEKWBbE9UWI7uiSKALj51EN8Qy"
    "D97wxArf1XjfB8BT9U/FpOzRncDPsw85aH5r9ltfm/03Zx/e8jELr6f/6naDKyf8EgK+Aj"
    "gx0IuinCCrIdSnJwWgPj3JhBovCaGGSaT4PBGjeXm6OASUtzJjrFANpv4SmEYo1kI0mF9z"
    "AD28GXiFp+NNp6q9SOP5t7teVwxohCQBqG5oLvk/YhrOIQ7VHNwQDOx56jh/mNEX/81N8+"
    "/JOaF13bvg4FiO+2jzXngHFwnoNRBRABxFddPoX8IV15hSMQfilEkmBKTvwoPtsGKvgxyF"
    "tx4zF8F9czgz6Ny07wbNm9sYey6bgzZeOeFnF4mzb84SLFt2Qn7tDL4S/En+2eu2k1xcth"
    "v88wifSfVcS2HWXFH1CETh2RDGGNNBXrHschNYlGRHM9jBLQkolo+fsmRIy07De2XZ1Hhk"
    "v9AFR7kDj6QyTSTOBJrSvUOLiDUVA/d7OHrCs6tHtNX5Uo+JDSr47/CPqcv/fR9GeL/TAp"
    "AR45GqPc1VW1diYOMV68RKnFm2TV+ankyTZ1SmPnJ48H/gUy8VVHcysJ4oOxJqr+HFRr7y"
    "6k5A4Qvbvai7NsmIqjYojpzmM7Fg6iGG65AnugDdc6I6E2I4xAHIqEBPLU/+sk4q9c596p"
    "2ccQoyqoxWFKfajlL0ujDvWPs8LIlnv4tifUUe+ufMgN7W4Hqcsn5y7oEwOQQpl8s2fYbp"
    "cJ13O065BS5XUySrBZc9EIrLaS8RCmnQell78QKtYz/KS9XALaq9RAZVTHlpNe9azcv2a+"
    "kuFyp7OhKoLfx8I09jGYUtXtJVsqGUOkW1dAr+nYI1W5sI29fQuXLy/n0BVQJaZeoS/FpC"
    "mYC3qAy+Yfva6Wnbd11JPS0b+nrpaSlJJHvhjPjgbEv3NNdJD46LgPLqlz411QzPfLAotm"
    "yqG+6t39cBjoQsWSUlL2+IU73s0N93KX+1TEt7ajJmeSAcTzMioNKNciUzDZsrarJ9AZsy"
    "8O3Z0CjhPZD5xHIoNjaJ7lEyVx0SdqoDNBNKfNah0ZiAPOsQi1ECr5pGHYeblBvEGgtsz7"
    "u4zZBNrDl95qFUbEGcOaWzxrIjYrjSil1BiRNYWkYgCprXTh7avt16/0EnVVvsth12spyT"
    "1pAxk7RSyqyRlLlT8cCazmA5EwoFwaV8USDSqMD6HzSH5ZSoBCeEd+QBllQDnlZXYMUdGy"
    "Z9gHWYzhy+MI+hPzxSXaJTzdApoabxaIwM03AX5A0MRQ9uumgIZIBd3WrIHON/UbRQHadB"
    "XKpNoL1jPDIuszpvCRcvlnHX0Mwl4X3xRtN3ZPVwvmiicbGfoDY+ZBFam5pUdYDsjUqcPz"
    "zVdan9Nnhk9KXbVLNsvcEfH4kJdmKq8H7rxGDkIaRXPEfTHhrYt3+B/0ZYTFWjE8vU0VGP"
    "/5xZ5Fk1Dd3vToNnoXBfeBsdy28Q3uonvLtqEmsOkwg2HDKbPhoOPKGUgyooB0nL224tb/"
    "hGlcE3bF87SfP4UwFwjz9lYouX4tCGM28ZeKM0NRzCx0UwzoY4iTAuaApf0MQYt5k3TTnZ"
    "4vHPsR6qjPjRTafV750T/jVkdzfN6+tzwr+G7KZ92bm/gYv8e8ium/0v7XPCv5IiRhE+FX"
    "kXsl+F1JswBhlfh+VclA6E+oH4XYhT5WkG1eHSNgIJULJPAEinM9NaUCoY55kSRoxGKq5i"
    "xRVkRMXGzEiQ+cZUMDwvjMfsYG4hfZ2g/s+Tk9PTn0/en559+vjh558/fnq/xDx9KQ/8i8"
    "4XxD82YaQZgkqJElVK0vzITmUREu8/qeXov8Ye44mMZOQZpmsw5x3e77+P9j+T7CTVJdQJ"
    "Be+KZYHexsTsiZIluDICul2xY3lmv8hf9HrXMeQvOonR372/uWiH0g40MtyMl2Kp+5e3ri"
    "VIZThelcPxkjaeMnOfiHajqe9w+LyTOS5mgCqjv6UI11IpKob+rhXlJWjrxBvHSOUMV+UZ"
    "ToYiZb9i9XISSYfrHsPMEa40uqXDzG+Dbg4M3KJh5pFBVTpHNmLJMhigCM+jMEr1DaPBrs"
    "LOutTXi2oCfez1nxj2luD6ynuqM1YgvcPkq5obAnUbdFNXmGQg5l4DMWOxvaJ4i2Twb07U"
    "BW+qzCJtiyT0q+zpJyeMNgiI32E0AIiE//GA+fjo3v/Ds1yVTOBPkdGCtEBX7vRv2pcEgw"
    "davZvb6/YAfi3fsc9Jx8ju7jRk0BuvJDC1nin2YVve44QAI+E+8D9Vk3gzFF+DQA4MlcCg"
    "iLnhTgzG7+nCLQHsIRuyJrnq/N2/AT4fFiXwwyqgA/hgj5S8eZgaTMETymj2MPRO3h+fPq"
    "AaF556+xmDPa5v+38xDfZEdR46yvADI0axN2vO/CBTaITBKHjOpcyyycz0HPLgzFBmxb4a"
    "0ee0ZsEfGpsWtEVINGrATR5lfIWMr6jWarOH+Ap8DdWp5TG3vH8pTVsndWjPviVk9dqMSN"
    "FKRqzPCBjVLrWnytRi7qSMR1tAWSc+bM2vjcN1TYTTlBJhAcK+FKU6xtqBR/Ee9reaHnHR"
    "saQv2ic698XOIQOBUDn+xznxv/3fH4PfH/+RFKtfId4oIvuWnF4iVLI8n3hmWQPYOJUEVl"
    "C6NVSmSsAao5GgpkHlGuga4zVFJ8FNgxso9WvAK6CUAAsAtuCfgjDm23GLRoLEqWRN5w2C"
    "QIJYfEMUdZvNgDiVjD/cOltWIfvlGJOkk6zZOmts+ofHizwmY3EF5pa8WNHcfmTwaIngUd"
    "RpgpxNRX2kyoKqItdZrk4kpN+fWeD9gazX3CkEYHlMEN6UCXCCSlpbMpFd13groq4TzHs2"
    "33JXaNlRHieSc4cQ1HUHuIC4NgjveXDzGgIKAGkIlK7sTMUE2Q+dqoibuD0LXMq5At+KaG"
    "fSXcppH544WNlOhlNnzx71DafGEKVy4dQRijrJPbsKpw7LN28YTh3WiT4wcIuGU0cG1Qbh"
    "1PsPeK2Y0XhXEZ3x7AABvDeg0Q8s/NxxesCrRs/ljGb+t5REKGv4J20ccrBACqvkWjZnAZ"
    "ZcPI/lFSy5E1yKR7sGjYLYT8H1MI9DWAUfzisp6L/nBu7G0wsEgbup/IPswN143gNvK6vb"
    "H9KC1yA5MaDAUhjsI0GlomydJ0b0Q2s8MHO63voViJbUuwoCSg3Vo95tu1vS58Bpzgl+Dt"
    "lNc9D6igFBwcGQXd1fX3Wur3mQUHg4ZCgMX/abvwLh8vCo2JCPpxwXqYp/nF0V//jAq+LL"
    "/Vq3ojqNDdvhyy30uxbvhR3InPMq55z7LIM/CAfTDZie7EFyvdJc98yxYZrr8TtBKzldZU"
    "5j5pluq3O2BqeTtJLTVeb0uu4x6fndWnW+dVJKZDrJy+7fmWejRClWIcWwRkhqmIr5sVAq"
    "5secVMyPok3mZEDtq4YHvl72SNWQ3/oEYtMxtW20x/l+mVKRsWJqGR+79RcgjKQsZcWOE8"
    "nh/7IHN7K3y4ZO3MhWMgcGcVE/bnx0SVfu9hHfaXGeSE0sgYMvXjEr27sXqdElXXvStSdd"
    "e9K1J1170rVXEeugdO3tZfqrEsula09yXbr2fnBOS9fej8Jp13BF+51kez+WBDX0feykDK"
    "VtmVTRAJJHK2tDygI1y5KdVBn9o3b3S6fbbvc73S9KH5SX+O8hu/uFqzLKoN+8bN+dk/jv"
    "Ibvt9y7vW4NOD1Sc1THQNa/bd8pNs/8LvDjdL0AYP4E6VLf5pX3T7g5QjQqPh6x3ddVptZ"
    "Xm5U0H9a3IL+i13f8GP/E5gqN1tKmTYkMnZ+QkB84EVIay2b4xGmmwFpX7egIxpFz1kiWF"
    "9Mts3zFpMIXqnpZRq6TY7JjqpNKzYxeW8nOCn0P2t/tup9dXvna+fD0nkR9Dhp/KXetrr3"
    "d9TiI/huxbr9XE+bB5rbR6MG/idrPpc0N20Wx9bV/3+uckPML58W7Q7uPciN9DdtlrDXp9"
    "EETOyfKwGrOfo5qqvVCQtaXjjtK0dZoK9xx7FIIJ7F6bEStayYi1GSFd2NKFXS8X9k7ds5"
    "Zp6OriSOSbDS41ch2zkUYFNkqBpsQaj/k+HDcWg5/+zh9XNvZCbM8EsrFlE/pM7QXBhNNz"
    "opLgLuTNw9yyn4AlD/4t3hLcwCO5Eu/qPkM2VZ/oX7wZCa76t2FAOKf0iTI9SugPhKH3SX"
    "t/OvQ+jI+P38r9RSrogA5Gb1HXc9B8207nKiShF3Q5yw1ZIlHAhYKAc2KAk/J8MH0I5Me8"
    "6kQRqj0Wn3ydEbnF+kT+jlbr+GnilLI+UYWN+csIt5RMtX9p63pmiyQtPJ0rZZlBgwISlm"
    "mpjMxsGHX+bmuqQ2beyDScCd9CDWQVWMEaZGS5E3+zNKeBbYBI1acGIzbVLFuHtob7TiBY"
    "bbt7KQ1VSxpaMlMR2RmzxaIk3Q8sH1nMr0JcLokkQSVNEKLtMozndaBNkklsZa3GH0AWKh"
    "KVGC7HyqikwTRNKN+ql42mEdS2YDgtuEV01TAuajVND7FKWU5vVFeb9C2PCRNbIldzJfsp"
    "tlPsZcMCEj5vTMa2NeXmzak1pczFvZgNh8CQsWEgnJP+fbfb6X5ZbuSMeyPDxUcK8jhQMb"
    "6bMtbMM/G0S0Wy/m5uhPtDP4yNRw9mMb5fNZ3O3AXhtan5fYDrlO8Y7VjmM9cUPpOHCSzf"
    "7ggWGlhmHoIHmM4o3956PrHQjEtsj+E200P2xrfqOhS3r0bTrWO9bcCHv3W1GvwxIHMoN+"
    "UCrW7gnRzCLNfQqA531GHSNw2QyoIbBn/Mhv759tL4qGg3/skJ+sPVjZjGVGo2ldRsngwm"
    "gLVY5ERIW2UT5tFVp9vstnjA1/JwyPrtVv++M/BjvSI/1glf+NFTYaTUuR2pcw5yzsQtFV"
    "0WIZEVLjYIJAsW3jLQR0iqEdmHt61NZJ9uLxQQXEo6fCJUcrexEh4fLoKuKwUsifeXLBtI"
    "1yUHe0i2lM6H7Pb+4rpzx/Nml4cYQd7+1mn/ys+Gh0N21ez4ybT8e8hwxr9UevcgQCwPh6"
    "wFEkbbz7pdHlZDqODqxwZMflyfyftJwTn6n/v2PQLvfw/Zda8Jv/BzyC7uO9fwg38N2V3v"
    "+lv7nPAv+DXo9fEXfq3Dqy3vgj6jtkZFgftXpqVmqDsRmgSHxkhUGR5txbnQg1e1ja9mq3"
    "PXCRafpSDHL8YnvH67eZ1+Gez1JOw4pcxPq45LW5BzajDf+7ZOinGMVPK5ynyOGKXK8jlB"
    "WkONuU6Mjto7y3I6SStf6SpzeqwaJujXYnk1Y8pekVRYSl07pnIXlVUDa2FZN2eKTno5Rc"
    "U9VztMFcQ1QiERfdlvHG68taHDeN0d0qox27/oMI4MqgxPsXhK2AKyNXfFp6bBgyrDeSio"
    "x4bnM7XRzr0hSjwC4ZvfVZ2QKhXYEatC/WzQeTamPUYHFnwURPZ21d9hiVy5wJYIguErii"
    "D8JVxpsgNfwiVNlnI9KCGlQXJKucrEsJ2WSNLgLSqDb9h+O/i+7tCNoXtaxGV0mu0yOk25"
    "jGz6mFlYJSsA9lG8PsjhmzV8ZazPDxLrUyLbLllQwhDFppSReOtXTSI+UaHYuSFE8djkOq"
    "IkdcxCMOm28bzp+9anmu0ZLoaGX2J3dcXKGo8NjdobolXQTnRI2uIaarhDXRful4NlcT0c"
    "Nc27SH81Qjauh8dmN90TmoZuYOUbWPhZ0G7ZsqluuLd+hwenFeSYL/n/UxJWidS/tXF4gW"
    "AZtbP7sFo2H8FPdBEIoECoBMAHNtDlMA8aRczPQTKMgDQ0e8QMqK3mXat5yaUvJWlQ+P6i"
    "/WU5+jPsMNG3I98eo0RfzCKpSEH+izVnJCT9TFR+mmCBa8vz023mPJ8HM2aCMeCI8o027E"
    "2ag6plDuKiqoIamcKzopQym7KKiffnKzx7/77SsIs3FlFNRYdXQFcXZbDO6WF/gH88ELhh"
    "EgJNla6Ds4h0fwCfHMqAxu5Bm1gHYRHp/hA+PRCA+R6qNnVmiNY6MGd3sD+wjw9lOM9sqn"
    "qAim3gtk264Wim5QgDvnIzfvK6kSlAsujbD2yGFoRZpi2Crx+idvDCfgmzftow9FIwW2jx"
    "2XEoW1XtFSUD2bZXxmRp4xZZDyL27xzLQbSVjOY4pDe6kaO+y3oZFayXEdkHGyaIUmn8At"
    "JqpPPXaqMedYrbSpXfAiROt5bAUTHXxuvs/qEy5qmmgjCVKxKZJqwRE7a3LRgW50qjmpOv"
    "vaRYM1u7ajrSjtO1R6CCPenWXDB9ZE/tMSJZHmeD6RuAdOAJyoAfIZHQbwA9VlfxBMgXr8"
    "3iiZiww+Ist/3ebe8uqHpSQvAM6fiunfxoyFowvDr9G15NJTxEYfRv7dYAT4ZHQ3Z3f9vu"
    "Aw2eXR1jDze31+2B30NwOGSX7dZ1p4snw6NqCLI61Qx9LStcnFLmNlfH6OYHfya57MD/hw"
    "ZZZZeymRwjrF+e8/H7QkHW2Cz7vXqfDrMOvYzraiJi+hoJw3vWSEDvFsVYZuK/bF8jyLfu"
    "fS87nyTp5HRSejopvVDHKeVCXeWFOgyc2EwIT/dS4ffs6LbdveTW3+BgyL50vrW754R/8e"
    "KIzfvB116/E8jqkZ9bE6zPiryzyZEReWPP0kmCPg/WyLKKUcr39RDe1yAOhAo8NdkWCyGx"
    "9AVs3aIhEx6zZ8HDjDQpUtxc7j++27DQ0iW8knRSr0qDGxrVyoKbopPgCsDFvMiSuEZIJK"
    "SipAcGGkgknqEEtkJaCXK2saXspJCik+DKmol7QDSWnVkU1BiRHKhpWP1MvHKbQ0ZI5FAt"
    "sC1kWIsjEVVTtgplLQt7NJLbQkYGV4Eyn7J06nYizgUq7hZgrV+1niSycc2+ALhx8XQLGF"
    "+FHXaD/g5rPSsKtFCsLzJBrMpBbDqYSxbTOFCg4yJTAYT1sC7QhviuUWroQCGOqv9FAF5a"
    "YbaAcr1KFKWQTRqsCsC70mclvC/Am1L9C0kToYFWwvuiMJGwZVdqR/TU/CxIKRTN4dmphf"
    "aqtbJcRYoUJvrdGsFFw/5MHkaW5U4cxXOo/kA0jGlzViG2RGX6KlyWLOsG8vNT65k6xGLm"
    "gvhjM1GvaPs3GTLcsdzA/6GaxM83l8WNqpgd6RquWSoCbUlQ5ZzINWPPdlIuWBfu1Ip+8w"
    "yXiXhz1pi3/ACRzss3ag7aCdCeKfNKDcslgRyWxYYln+kVTZ2pmuEKJJbsojkpQmkaFRUn"
    "Wq2kZcFdUe0P2UOpQmRbJoXB59JHyxbW2M5JcEuTymAx7Hm76W9PhimqV53NlxWFZMfW2Q"
    "F/3sNHKveqxKkkW7bOFvrnjGp+ZKRLmR7aAgquEhnU0usrSPSveDauYOz3btvdkuOc05wT"
    "/BwyGIM80N//Tur7RQTOTwXEzU+ZwuYnuWGKjB+WgUE7j7aQEQHbiQjINjK/5kYsFVuXs+"
    "Aut3VGWUM8hshcW5pwa8bVxUau6Z2H2Zhhuxdt7l/hych8YpiU1+gHYjK2bPIGx1GDYEG4"
    "twRjITyXOp958X6fReSJLohDbUMFQZU6PqlDVM22HCdldN/JXYYMhqlGHUfa2itpa8f9NY"
    "SCqBjWoHntdj08+1BAvDz7kClf4qXXD+2s2Py8bb1J1f7wDHstoT1BKqX2qkvtKRnzldzu"
    "0Z2osxb8yE7VL635kU2yi7jadXtBbI/9hO5sZ05tWIbpzOXLsuE6JNw3jbgWQfbzC2q4hs"
    "P6zegzhTOzmWlQ/ZzMTBguqXV/N7fhCz8XLHkTj00xgJrqhDJuxGsQy3MdQ6dckli25XjB"
    "KdUl8FphQ9+T77lcjHWI51ApSFRQkMjRRrJtujEiWeFvA+Pt8v0qA3+MSMK/SW3LKiTyHP"
    "z8stGi/2LKT8ldEDZL+DmIvRAy033CTRO3uBcCR/IbtXFeyZSkwusFJKnnSNMXJalfUZ5Q"
    "ycwbwXyGQohv3nBUQwfphliMEkxsAGmHIGggldgoyASzI4gqNkg7C8IsN7234hb7HoLU1C"
    "SRwMygr989/REFIRIkvPAdG4lqmlw8w96dc0JVbeLfCSQifwtHByAmAVAFhabflvsLRDI9"
    "luPkX1Km2qtxRm4TUb1tImQNmt1Yd8oXm9i0xETdEc3UCHI3w8tWCXa5993r6AJb3PrOL1"
    "Vfxpa+oqhwJcc17emnRabd0+xp9zQ17Y7QXYYZqLZnlgscS1PK4LF6KsCv/QrIShbVV21f"
    "O5FvMLEt1+XYpnTg5bVGnv7rRlsVcCLwlDlqozKKsZnTGWiHowVXTB1v9DuFye+Nyoiq8Y"
    "YNVDNNA5VPVdfhjXcaZGS5k7fEYFyp1Dzbpv77mXAj7OZGQzaHsWbNQ2U6/Pufg/vp3EEA"
    "Iov2BMfB/aKpfhgwSae8pzcOtUEf/it+GRp1/hp29m62eJulIf+G+yzNONzB3/D1YOlqeC"
    "W1eMmOopLWkqDKynBlJK1wkJcBeEVSQ4iPzwpV/z/LKf5/lsp145NXKQtC0F6KSkLty6Gu"
    "IwwMyduPJUa2K2BfYerdwzYsFQnQ4DUpBKJUWKsiW4yCK5jTaBcSo7IZIOMQqiUcIEv5cY"
    "nlK0ojQxsTa1c6tHGmOs7cgjd3ojqTMjinCGsoLJx8/FgkMf7jx+zEeLyWzjBe1xEU0lYZ"
    "6yOs4NLs/sPfXhEOhuyi2f1FuWl2m1/a/XMS/TVkvaurTgtPBwdD1ry86XTPCf9ay0209b"
    "1iYDURVmbLtb2viPZoeg+npoM1vctcvuxRXq+o4JhDQGUlc/kiFDK8XrQJyOs4tmsO6/5z"
    "TmsIaI5b5DUKJlcM4aJOkdL1knHG3AKwF0E39UQ1sqxUrmb6gUK6nQRp1dMNV6HPFO+eFs"
    "RL5Eg3saf2Mz3E6TczSzo6Kl3ribKNQXInA+znAOXkQiCZM3tDiK5nFVK6twuOn/W9GTy1"
    "jExIyNi8yLAs2ZAHEtYRdzDZT6KUg1JQDlyCtM/qH01qGxoaDFMOp+BKI9fltGojHU77Gi"
    "e7djg9U9sxykX+RkiqbJWvkgcEX6oSCAfNa4jucaHCy8c5hZeP04WX4Y4uFYWj5G50HpLI"
    "zOGSgdOvGjvx/f8BbBdhIA=="
)
