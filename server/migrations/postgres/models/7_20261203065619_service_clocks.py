from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "clock_announcement" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "key" VARCHAR(64) NOT NULL UNIQUE,
    "park_id" INT NOT NULL,
    "announced_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "clock_announcement" IS 'A service clock whose fall due was announced: the unique key lets one process only, of';
        CREATE TABLE IF NOT EXISTS "holiday" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "day" DATE NOT NULL UNIQUE,
    "name" VARCHAR(50) NOT NULL,
    "working" BOOL NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "holiday" IS 'A day off the Monday–Friday rule, for every park: a holiday (`working` false) or a';
        ALTER TABLE "financing_need" ADD "first_proposed_at" TIMESTAMPTZ;
        ALTER TABLE "financing_need" ADD "fulfilled_at" TIMESTAMPTZ;
        ALTER TABLE "hiring_need" ADD "first_proposed_at" TIMESTAMPTZ;
        ALTER TABLE "hiring_need" ADD "fulfilled_at" TIMESTAMPTZ;
        ALTER TABLE "park_settings" ADD "first_proposal_due_days" INT NOT NULL DEFAULT 5;
        ALTER TABLE "park_settings" ADD "outcome_due_days" INT NOT NULL DEFAULT 20;
        UPDATE "financing_need" SET "first_proposed_at" = (
            SELECT MIN(p."created_at") FROM "proposal" p
            WHERE p."financing_need_id" = "financing_need"."id");
        UPDATE "hiring_need" SET "first_proposed_at" = (
            SELECT MIN(p."created_at") FROM "proposal" p
            WHERE p."kind" = 'RECRUITMENT' AND p."hiring_need_ids" @> to_jsonb("hiring_need"."id"));
        UPDATE "financing_need" SET "fulfilled_at" = (
            SELECT MAX(p."outcome_at") FROM "proposal" p
            WHERE p."financing_need_id" = "financing_need"."id" AND p."status" = 'COMPLETED')
        WHERE "status" = 'FULFILLED';
        UPDATE "hiring_need" SET "fulfilled_at" = (
            SELECT MAX(p."outcome_at") FROM "proposal" p
            WHERE p."kind" = 'RECRUITMENT' AND p."status" = 'COMPLETED' AND p."hiring_need_ids" @> to_jsonb("hiring_need"."id"))
        WHERE "status" = 'FULFILLED';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "financing_need" DROP COLUMN "first_proposed_at";
        ALTER TABLE "financing_need" DROP COLUMN "fulfilled_at";
        ALTER TABLE "hiring_need" DROP COLUMN "first_proposed_at";
        ALTER TABLE "hiring_need" DROP COLUMN "fulfilled_at";
        ALTER TABLE "park_settings" DROP COLUMN "first_proposal_due_days";
        ALTER TABLE "park_settings" DROP COLUMN "outcome_due_days";
        DROP TABLE IF EXISTS "holiday";
        DROP TABLE IF EXISTS "clock_announcement";"""


MODELS_STATE = (
    "eJztXelz2ziW/1dQ+tLJlibjI3Fnna2tkmU5UbcseWU5PTPNLpoiIYltClR4WK2dzf++D+"
    "AhHiBN6jLF4IvEAw8kfw/He3gH/t2Ymxo27HctV9OdzjMmTuMS/btBlDmGA87dJmooi8X6"
    "Hr3gKGODFVdoORmHBce2YykqrXKiGDaGSxq2VUtfOLpJKMFvMxOpM4VMsYaWM8Vpwi8mn9"
    "DjQrGeZF17RLZqLrDNbiKFIHMy0VVsobmyQhZWtHf0OZqpwoN0Mt1dlS7Rv7lYdswpdmbY"
    "gop//wMu60TDf2Gbnv7eMMd/YtWRndUCUxL/VNcaf9Ciiyd5omNDi+EJN+EWu+7RwbUucW"
    "5YQfolY1k1DXdO1oUXK2dmkrC07kE7xQRbioNp9Y7lUmiJaxg+IwK0va9YF/FeP0Kj4Yni"
    "GpRBlNp7gfW1hiz3ByP5vjOS5UaKeQFFBHz/kmoSynh4VZt9/ZS+wt/OTt///P7j+cX7j1"
    "CEvWZ45efv3qPXwHiEDJ7+qPGd3VccxSvB8F+DCi2MvlEK2PZMsfjIrikS6MJrJ9ENsMyD"
    "N7iwxnfd3g8B8Fz5SzYwmTozOL14n4Pm19aw/aU1fHPx/i1rs9A9va7b9++csVsU8DXAiY"
    "ZeFOUEWQ2hPj8rAPX5WSbU9BYXat448SLQ3PGiDjDvvkX7c0GJwThC8fKIzEHYH3BzAD6+"
    "IXmNp+3O54q1SuP5y/2gzwc0QpIAVNNVB/0fMnS7CLBVa7o5uFEwaM1z2/5mRJvom9vWP5"
    "Ktt90bXDFwTNuZWqwWVsFVAnoVZBYAR1acNPrXcMfR55jPgThlkgk+6bvgYDesOGgjp9Lc"
    "gBgr/7k5nBl1bzv3o9btXYw9161Rh945Y1dXiatvLhIsCytBv3VHXxA9Rf8a9DtJLoblRv"
    "9q0HdSXMeUibmUFS0CUXA1gDHGdBBgTKvcABYl2dMIdtgpYgdDGJXTJ09ZQqVppeG9MS2s"
    "T8mveMVQ7sIrKUTlyTe+6vRg4yITcMXA/R60nuDq+hUtZRkqNrFGBd8OX4wd9vVDaOHDbh"
    "tAphiPFfVpqViaHAOb3jHPzMSVsGz61vxsnryiEGXK4KHfQd861Fid2ch8wqTBVWeDm818"
    "bdaZgQYYlHtRmW2hMVYs0CQZzSdkwtCDdMdGT3gFyuhMsWdIt5ENkGGO4lqe/GUlVSiih1"
    "REGeNkyqgy0nucajfi++vCvGfh/bgknsNOivUVefBfCx1q24Drccr6yblHwuQApFwuW/gZ"
    "hsNN+naccgdcrqZIVgsuuyAUl9NeIhQbKS+VG6j3q724vtZxGOWlauAW1V4ijSqmvLRb9+"
    "3Wdee1dJcrhTw1OGoLu97M01jGQYmXdJVsKIVOUS2dgv2nYM3WJoLyNTQDnJ2cFFAloFSm"
    "LsHuJZQJ6EVl8A3K105P270tS+hp2dDXS09LSSLZE2fEBmeZmqs6drpxXPmUN78OsaFkmO"
    "r9SbFtYU137ry6jrAlZMkqKXl5S5zqtQ79fZ/yV9sw1acWIaYLwvE8wyUqXShXMlNpcVlJ"
    "li+wpgx8e9ZVjFgNaDkzbUwLG0hzMVoqNgoq1QCaGUYe6+iiMQJ51kYmwQi6moptmy0pN5"
    "E54aw97+MxEpmZS/zMfKvICtlLjBfNsCKkO2IVu4ISJ7C0jEDkF6+dPFQHp5OqTXa7djsJ"
    "x6QNZMwkrZAyayRl7lU8MOcLmM64QoF/K18UiBQqMP/7xWE6RQqiA8I79AhTqg5vq8kw40"
    "50Az/CPIwXNpuYJ1AfPVIcpGFV1zDChj7Vx7qhOyv0BpqiCw9dNTkywL4eJRFb/18qWii2"
    "3UQOVmdQ3tanhMms9lvExIvQERuKOSh4Ln3Q/B1av5wnmqhM7EdUG5dIhNbCBlZsIHujIP"
    "ubqzgOtt76r0xt6RZWTUtrstenxIhWYijQvzWkE/QY0MuuraqPTVq3d4OdU1gMRcUz09Co"
    "oZ5+OTHRs2LomledCu+C4bnQG23TKxA86if6dMVA5hIGEVpQIhae6ja8oZCDKigHiZW3/a"
    "680R5VBt+gfO0kzdOPBcA9/ZiJLb0VhzYYecvAG6WpYRM+LYJxNsRJhOmEJrMJjY9xh7jz"
    "lJEt7v8cq6HKiDduu+3h4BKxP4nc37Z6vUvE/iRy27nuPtzCTfYvkV5r+LlzidhfUsQowq"
    "cifSG7K6R6wgRkfA2mc158ENUP+H0hTpWnGVSHS7twJKCSfQJAPF8Y5gpjTjvPlDBiNEJx"
    "5SuuICPKFg2VBJlvgjnN80qfZjtzc+nrBPV/np2dn/98dnJ+8fHD+59//vDxJMQ8fSsP/K"
    "vuZ4p/bMBIM4QqJXJUKUnzIzuUhUt8+KCWxn9NXMIiG9HY1Q1HJ/Y7+rz/bhx+JNlLqEug"
    "E3L6immC3kb47ImSJbgyBrp9sSO8cljkrwaDXgz5q26i9fcfbq86gbQDhXQno1OEun/51b"
    "UEqXDHq7I7XnKNp8zYx6Pdaug7Hj7vZYyLLUCV0d9ShBupFBVDf9+KcgjaJv7GMVIxwlV5"
    "hBOuSNldrF5GImFwPaCbOYUrjW5pN/M7v5ojA7eom3mkUZWOkY2sZOkEUIT3kQnG2pbeYD"
    "dBZX3s6UU1gT7W/We6tSO4vrCa6owVSO8w+CrGlkDd+dXUFSbhiHlQR8yYby/P3yLp/Jvj"
    "dcGKyotI2SIB/Qp5+skOvA184nfUGwBEwv94pPH41Lz/zTUdBc3go9B4hdqgK3eHt51rRJ"
    "0H2oPbu15nBGdhH/uUNIzs70kSgdpYJoG5+YxpHZbpTmcIGAnPge9UDOQuqPjqO3JQVwnq"
    "FLHUnZlO2DMdeCSA3WgKHwXho1ChMekAPgpzncjK3HSJU95Gk6atk0pxYPsMZfXGjEjRCk"
    "Zszgho1Q625vLcJM6sjFWYQ1knPuzMNkyb64YIpykFwhltmH6+PF6UbL8RKoFsRtvdANk4"
    "lUCWgyygBZolIGCUsc7FqUSezS0Mc75/pM7zhMpmQJxK+ITsnC1rN8pyjEnSCdbswZT9zW"
    "WJt5L+URzxPc9/J7ce4dBTwqGHijB+HI2sTLG8wgpvOTNXBOLSH27KPjmS+Zot1AFYLuGY"
    "nDMBTlAJSSgT2U0XA3jUdYL5wMsBbHm6bCuPE4mxgwvqpg2cQ1wbhA/cuFlcpwxA6hylKz"
    "t6JEH2Q4eP0J12njkmilyBb020N+kuZQQKLhytbCdc3LJHj/q6uFGzcTkXtwhFneSefbm4"
    "BSk1t3RxC3J3Hhm4RV3cIo1qCxe3wzsh/SBeNnGPTQ68t6DRj0z6u2eXzVf1xshpzeyz5I"
    "R7UfCRFm1yMEFyMxeaFmMBTYN1GfP1DLnj34p7IPmFfH8czv3At5abmRiuyynov+c6U8Vd"
    "PjnOVCmf0GxnqrgvKisrMg4f04TXRDk+RcBSaOxjTvaIbJ0nRvRDazwwcjru5lkhQup9uW"
    "ilmmpjcNfpl7Q5MJpLRH8lctsatb90ri+RfyCRm4feTbfXo9fCQ4lQYfh62PoNCMPDRrEm"
    "Hw8DK5Kp+DQ7U/HpkWcqFnvo7UR1muiWzaZbqHcj3nMrEHGAVY4D9FgGHwgH8y2YnqxBcL"
    "3SXHeNiW4Ym/E7QSs4XWVO06gFzVKWZANOJ2kFp6vM6U3NY8Lyu7OMSZu4KAv35JfNvwvX"
    "ohIlX4XMiFtfk9QwtOdDodCeDzmhPR94G/8Ih9pXdQ8UvuJ7G0AsPMGWRdfjPLtMKc9YPr"
    "Xwj915Bwg8KUutYseJRPN/2YIbybe/pRE3kt7/yCAuaseNty5hyt094ntNmBDJU8Ix8MWz"
    "mGRb9yJ5U4RpT5j2hGlPmPaEaU+Y9iqyOihMewcZ/qrEcmHaE1wXpr0fnNPCtPejcNrRHV"
    "4O+mzrR0hQQ9vHXtKaWaaBZRUgmZpZm4S9rM+kKqky+o1O/3O33+kMu/3P8hCUl/i5RO5/"
    "ZaqMPBq2rjv3lyh+LpG74eD6oT3qDkDFWR8DXavXuZdvW8NfoeP0PwNh/ALVofqtz53bTn"
    "9E1ajgWCKDm5tuuyO3rm+7VN+KnEGtneFXOKXv4R9tok2dFWs6OS0n2XBmoDKUjfaN0YgF"
    "a469xn4CMaRc9pKQQthldm+Y1ImMNVfNyFVSbHRMVVLp0bEPU/klor8S+eWh3x0M5S/dz1"
    "8uUeREIvRXvm9/GQx6lyhyIpGvg3aLjoetntwewLhJtwBMX5PIVav9pdMbDC9RcETHx/tR"
    "Z0jHRvovketBezQYgiByicLDaox+tmIo1kqmrC3td5SmrdNQeGDfowBMYPfGjFjTCkZszA"
    "hhwhYm7HqZsPdqnjUNXVNWDZ5t1r/VzDXMRgoVSF4PRZE5mbAc7rcmgVPJPTs5Pb+xaC3I"
    "cg0gm5gWws/YWiEacHqJFOQ/Bb15XJrWE7Dk0XvEWwRFleRMvK/nSGSuPOG/uQvk3/UeQ4"
    "BwifETJlqU0GsIkvtRPTmX3PeT09O3Il99BQ3Qfustanr2i+/a6FyFIPSCJmeR4D/iBVzI"
    "CTjHBzgpz/vDB0d+zMtOFKE6YPLJ12mRO8xP5O0ysomdJk4p8hNVeDE/9HBLyVSHl7ZuFU"
    "edDU2XcJ3hIndzZa45LSdbYcECchcrjCaWOWci0dycY+LQPXV0G4F8bkG7vETDh36/2/8c"
    "bsijO+zmFNtNSkVA1MGI5tkw6GUHv+MIXvt5kEQk8jjRpy60ArbvEJ4vnBVi+ezYc1RQOt"
    "BMgWpM4xlrUOMn9DjD8LwxVhzopo/+C8wXmG1TtJyZVPQDSZDYUFoibzxJ0MZ0GyIq7tnm"
    "2yb8eFsQKf6HAZmNmfgHtJpOn2QjYjq6ijV4ogadxtAJDh7of5gF9S8M19suicqaP9l+fX"
    "R0QIY+1x0hG1ZQNoRJlQNrsdXWgLbKYk/jpttv9dvMSBQeSmTYaQ8fuiPPPhQ52WTJ80d3"
    "nxOz9suzdhH/uSXWpzOnlEUqQiKi4rYwPvkTbxnoIyTVsAbSx9bGGqhZKxkEl5JKYoRK7F"
    "BQQktkIuimUkBIfDgHe1+6LtnYA7JQOpfI3cNVr3vPfO3DQ+p10vna7fzGrgaHErlpdT0H"
    "fPYvETriX8uDBxAgwkOJtEHC6Hie+uFhNYQKpn5sweTp5kw+jNte438eOg8UeO9fIr1BC8"
    "7or0SuHro9OGF/Erkf9L52LhH7g7PRYEjP6N8mvPpYgFUfMzn1McmoBbZUzHP2uTFMJUPd"
    "idAkODShRJXh0U4WbAfQVTu0a7a7911/8gkFOXYzPuANO61eujNYm0nYcUrh01qdZTBedA"
    "LR7dmGYQkxUsHnKvM5sihVls8J0hpqzHVidHS9syynk7SiS1eZ0xNFN0C/5surGUP2mqTC"
    "UurGdth9ZGPyVwvHZX3JknTCnYyXEGidlb4grhEKgejLDnpBsv4tvfM23VWhGqP9i655kU"
    "aV4ZfHHxJ2gOyDjStkCtq902NyGDyq1D3HgnqseT5ji65zb4kS80D46lVVJ6RKOXbEMtc9"
    "63iZjemA4JEJPwWRvVvXd1wiVy6wJZxg2IzCcX8JZppsx5dgShPpn45KSGminPRPwpl0r2"
    "HVKvSiMvgG5XeD7+s23Ri650VMRufZJqPzlMnIwtPMYEw+uGsK0XwLNl/h6/OD+PqU8NBN"
    "BqHpPN+UMhJv/SLQEqk1QOzcEqK4b3IdURI6ZiGYNEt/3ra/DbFqubpDXcOvLX9b7TpiZU"
    "4muoqtLdEquE50TNriBmq4jR0HnpeDZXE9nGqa95H6aoRs5ia70f1hY/CV3me3zTaFvfMq"
    "PDqtIGf5krvhbuprUzvvhtsXx7fd5e6tm9yAN7L8vKNtd9ctIW/9JWz9Gesw0d6Rvx4jRz"
    "tmkVAkP/7FXBIUkH5CCruMaFI80/XCbZYsnodGzPhtwObFG21Zm1gOqtZyEBNVZaqRySwq"
    "Si6zkROf+HC2wouTk0rDzk9GrBiyBl1AU1ZlsM6p4XCAfzgSuGEQAk0Vb4Izj/RwAJ8dS4"
    "MWkdzZUB/nOhHHDyqtsr++D8nRz8ZbRca/5G0SqGR79jWpqkJR0tNkd3kGwkUonngfWaDK"
    "Ee2jpYS59Zh6dJ58LQLaKxjQHtncquzGiBzSasTb1ir77itu7FyxtcdXyq1K07ukoc+J+A"
    "spNoz3q5oQv+eAvzHoCE+aueS07+yxJ0YkEixsMb4AkDa8QRnwIyQC+i2gP7798+6Gg7vB"
    "vR83X0IyCujYXhHsSCJtaF7d4S2Lxw8OqbT0S6c9oheDI4ncP9x1hkBDr66PaQ23d73OyK"
    "vBP5TIdafd6/bpxeCoGpKWhlVd22iZKE4pouOqsyqUjo6jvLLh+6FAVuKObCbHCOsXKXd6"
    "UshNjxbL7lcnaUe9YJ16U1GZTy9E5k1FZlAMeV462Tvi6Px0TccM+c7tN2XHkySdGE5KDy"
    "elJ+o4pZioqzxRC+/u7G52nFa7IpkcxQYt+5mlAhWlbL6CFJ0QATjgUj/lkrhGSASkPCck"
    "ohA1Yr4ogS2XVoCcLbqWHRRSdAJckcPkAIjGvKWLghojEg01DavnGVsK1CiJaKovp9sJt+"
    "NI2CjLZoWpZaBdM+ELFW1cBdLuiFRGu3Ew42hhO4C1ftGzSWQL7d+YLdruAOOboMK+X99x"
    "zWdFgeaK9UUGiHV41raNuWRw25ECHReZCiCsBXG6W+K7QejvkUIcVf+LAByuwuwA5XqFDK"
    "eQTS5YFYB3rc8KeF+AN6X6V2rD4tQAwnFx5w0y2a7u1rq0HA5zRSJZ/zTHcFO3PqHHsWk6"
    "M1t2baw9IpWasO21Rw1SiLb2jkFhogl2fW4+YxuZxFghr20mAlx3/xCJ0C3udPodioG8+C"
    "cRDVtFb31Hd4xSBueQoMo++huamveSXyrYrjlte8xY0+fv5rP19s/VmBq47sXpDaCfMXFL"
    "NcuQQDTLYs2SjfSyqiwUVXc4EkvmyJomFGt3nPXQyExaFtw11eGQPZYobMs0MDQ+B09Ni5"
    "uULcefPU0qApliDh078XZ/0g1egrNsvqwpBDt2zg74eJe+UrmuEqcSbNk5W/BfC6x63mUO"
    "JlqwFlBwlsigFmZJ/s6aVQ6+4bT9wV2nX7KdM5pLRH8lAm2QxeB4/0l9v4jAueP9FIUPZj"
    "bu9fXBFJ4rYvedCiw1l8yJUpndYSo2L2fBXS7XatmFeOrD0TNV7l4e65vN3KV35gdiBOVe"
    "XHP/Am+GljPdwCypIxCjiWmhN7QdNRFNUPIWUWO962D7E8v26LEIPeEVsrGlKyCoYtsjtZ"
    "GiWqZtpxbd9/IUiUAzVbFti7X2Sq6104SsXEGUD6tfvHbbZFy8LyBeXrzPlC/prdf3PazY"
    "+LxrvUlRv7m6tZHQniAVUnvVpfat8vPteLYPti7LmvAjW5u9NOdHdlUrYmrXrBWyXPITNW"
    "fbS2zBNIwXDpuWdcdGQaJ95JiIsp/dUII5HOZvgp8xXFksDB1rl2hhQHNJzfv7eQyb+Jlg"
    "yYq4ZE49fLGGMGGLeE1kuo6ta5hJEmFZhhdcUhwE3YoW9Cz5rsPEWBu5NhaCRAUFiRxtJH"
    "tNN0YkEvpssXgb9q8y8MeIBPzbpLKqQqTJ0Y8vW036L8aklMzKu11EylHk5s2MRwl22dhh"
    "bt7Y9rpZklRk+92XJKnnSNEXJanfqDyhoIU7hvGMCiHe8oat6BpIN8gkGFHPe5B2EAUNpB"
    "KLCjL+6AiiigXSzgoR00lvxrHDuiWQmloo4pjp1/Wnq02pIIT8iAy2xQdSDIOJZ7R2+xJh"
    "RZ15TwKJyNvzwwaIkQ9UQaHp9zDfbSQUIWwnfwiZ6qCLMyJtcfXSFos8HvtZ3SmfDWHbHA"
    "h1RzRTI7gyTQMrhI9qtkowBrIjhDUHs6vBoBfTBa66iRRz/Yfbqw6MEGyAWCcT5jgBssy0"
    "ZdbS1xT1S5C2+22nx9RcRkMkLdco5ziWphTOY/VUgF+7C4hUC9VXbV87kG80s0zHYdimdO"
    "DwXjNP/3WipQoYEVjIHLaoMkp9M+cL0A7HK6aY2u74TwyD3xuFIEVlBZtUzTR0qnwqmgY9"
    "3m6isenM3iKdMKVSdS0Le/0zYUbYz4MksoS2Zi4DZTr4/E/+8zRmIACRRX2CY/950VA/6j"
    "CJ56ymNza2QB/+O/3TVWz/Pajs3WL1NktD/p1uq7BgcPuf4enBwtTwSmpxyI6iklZIUGVl"
    "uDKSVtDIywC8JqkhxKcXhZL9XuTk+r1IxbqxwavUCoJfXohKXO3Lxo7NdQzJS78eI9sXsK"
    "8w9B4g63pFHDRYTgqOKBXkqsgWo+AOjWm0ColR2QwQfgjVEg4oS9lxiekrSiNcGxNzV9q1"
    "caHY9tKEnjtT7FkZnFOENRQWzj58KBIY/+FDdmA8vZeOMN7UEBTQVhnrBs3g0ur/09tNCQ"
    "4kctXq/yrftvqtz53hJYqeSWRwc9Nt08v+gURa17fd/iVifxuZiS4KSXg5Al6SZTCbcFOH"
    "5a69r4kOuPQeDE1Hu/QuYvmyW3m9vIJjBgGFlIzli1AI93pON3olw3bNYT18zGkNAc0xi7"
    "xGRt+KIVzUKFI6oS8dMXcA7JVfTT1RjUwrlUvqfaSQ7iZAWnE13ZHxM6ZPTwviJWKkW7Sm"
    "zjM+xuE3M0o62iod8wnzdmIuB5IzG9F6jlBOLgSSF9i8HUi1NL7HUAp2kxVpCfJQ8rMNC5"
    "AOmbuhhS1dnTU45gL/TjPXYLAuI8wFh2on+zYXPGPL1sv5bUZIqrymWqX1a9qpSiDsF68h"
    "uqdF9w3O2zY47UpAHMxzJsj2iY2QiLjPkm6vr2r5/v7/Iotc+g=="
)
